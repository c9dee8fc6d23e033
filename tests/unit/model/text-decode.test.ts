/**
 * The one decoder of every reader (src/model/text-decode.ts): UTF-8 only with the place of the first
 * bad byte, one byte-order mark dropped and two refused, NUL refused, lone surrogates refused in text
 * already in memory; the size limit before decoding.
 */
import { describe, expect, it } from 'vitest';
import {
  checkText,
  decodeText,
  firstInvalidUtf8,
  readPastLimitProblem,
  sizeLimitProblem,
} from '../../../src/model/text-decode.ts';

const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const message = (r: ReturnType<typeof decodeText>): string => (r.ok ? 'ok' : r.problem.message);

describe('decodeText', () => {
  it('decodes UTF-8 and drops one byte-order mark', () => {
    expect(decodeText(utf8('{"a":"é😀"}'))).toEqual({ ok: true, text: '{"a":"é😀"}' });
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d))).toEqual({ ok: true, text: '{}' });
  });

  it('refuses two byte-order marks, the same way for bytes and for text', () => {
    const two = decodeText(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x7b, 0x7d));
    expect(message(two)).toMatch(/^starts with 2 byte-order marks \(U\+FEFF\)/);
    expect(message(checkText('\uFEFF\uFEFF{}'))).toBe(message(two));
  });

  it('refuses invalid UTF-8 with the line and column of the first bad byte, never U+FFFD', () => {
    const latin1 = new Uint8Array([...utf8('{\n  "a": "x'), 0xe9, 0x22, 0x7d]);
    expect(message(decodeText(latin1))).toBe(
      'is not UTF-8 text: byte 0xE9 at line 2, column 10 is not valid UTF-8 (save the file as UTF-8)',
    );
    expect(message(decodeText(bytes(0xff, 0xfe, 0x7b, 0x00)))).toBe(
      'is UTF-16 text, not UTF-8 (save the file as UTF-8)',
    );
  });

  it('finds the first invalid sequence as RFC 3629 defines it', () => {
    expect(firstInvalidUtf8(utf8('aé€😀'))).toBe(-1);
    expect(firstInvalidUtf8(bytes(0x61, 0xc0, 0xaf))).toBe(1); // overlong
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0); // an encoded surrogate
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // above U+10FFFF
    expect(firstInvalidUtf8(bytes(0x61, 0x62, 0xe2, 0x82))).toBe(2); // cut short
    expect(firstInvalidUtf8(bytes(0x80))).toBe(0); // a lone continuation byte
  });

  it('refuses NUL wherever it is', () => {
    expect(message(decodeText(utf8('{"a":"\u0000"}')))).toBe(
      'contains a NUL character (U+0000) at line 1, column 7: a dataset is text, and no format it is read from allows NUL',
    );
  });

  it('refuses a file over the limit before decoding it', () => {
    expect(message(decodeText(utf8('x'.repeat(11)), 10))).toBe(sizeLimitProblem(11, 10)?.message);
    expect(readPastLimitProblem(10).message).toMatch(/^the file is more than 10 bytes/);
  });
});

describe('checkText', () => {
  it('refuses lone surrogates, accepts pairs', () => {
    expect(message(checkText('{"a":"x\uD800"}'))).toBe(
      'contains a lone surrogate (U+D800) at line 1, column 8: not valid Unicode text',
    );
    expect(message(checkText('\uDC00'))).toMatch(/U\+DC00/);
    expect(checkText('"😀"')).toEqual({ ok: true, text: '"😀"' });
  });
});
