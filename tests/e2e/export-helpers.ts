/**
 * Helpers of the export e2e tests: Chromium on the production build that the global setup serves
 * (with its Content-Security-Policy header), and checks of exported files.
 */
import type { Browser } from 'playwright-core';
import { baseUrl, launch } from './browser.ts';

export interface Harness {
  browser: Browser;
  /** The build's URL, without a trailing slash (`${url}/render.html`). */
  url: string;
  close: () => Promise<void>;
}

/** Launches Chromium for the build served by the global setup. */
export async function startHarness(): Promise<Harness> {
  const browser = await launch();
  return { browser, url: baseUrl().replace(/\/$/, ''), close: () => browser.close() };
}

export type FileKind = 'png' | 'jpeg' | 'svg' | 'unknown';

/** The type of a file from its first bytes. */
export function sniff(bytes: Buffer): FileKind {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  const head = bytes.subarray(0, 512).toString('utf8').trimStart();
  if (/^(<\?xml[^>]*>\s*)?<svg[\s>]/.test(head)) return 'svg';
  return 'unknown';
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Width and height from a JPEG's SOF0/SOF2 marker. */
export function jpegSize(bytes: Buffer): { width: number; height: number } {
  let i = 2;
  while (i + 9 < bytes.length) {
    if (bytes[i] !== 0xff) {
      i++;
      continue;
    }
    const marker = bytes[i + 1] as number;
    const length = bytes.readUInt16BE(i + 2);
    if (marker === 0xc0 || marker === 0xc2) {
      return { height: bytes.readUInt16BE(i + 5), width: bytes.readUInt16BE(i + 7) };
    }
    i += 2 + length;
  }
  throw new Error('no SOF marker in the JPEG');
}
