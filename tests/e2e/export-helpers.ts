/** Helpers of the export e2e tests: the built pages served locally, Chromium, file checks. */
import type { Browser } from 'playwright-core';
import { ensureBuild, projectRoot } from '../../src/render/node-build.ts';
import { serveStatic, type StaticServer } from '../../src/render/node-server.ts';
import { launchChromium } from '../../src/render/node-browser.ts';

export interface Harness {
  browser: Browser;
  server: StaticServer;
  close: () => Promise<void>;
}

/** Builds dist/ if stale, serves it on 127.0.0.1 and launches Chromium. */
export async function startHarness(): Promise<Harness> {
  const dist = await ensureBuild(projectRoot(), () => undefined);
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  return {
    browser,
    server,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
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
