import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { c1ToWindows1252, decodeByte } from './charmaps.js';
import { HIGH_BYTES } from './high-bytes.js';

describe('the charsets written out for repair', () => {
  it('give every byte 80..FF the character iconv-lite gives it', () => {
    for (const [name, chars] of Object.entries(HIGH_BYTES)) {
      expect(chars, name).toHaveLength(0x80);
      for (let b = 0x80; b <= 0xff; b++)
        expect(chars[b - 0x80], `${name} ${b.toString(16)}`).toBe(iconv.decode(Buffer.from([b]), name));
    }
  });
  it('read a byte through the table, and what it lacks through iconv-lite', () => {
    expect(decodeByte(0x80, 'windows-1252')).toBe('€');
    expect(decodeByte(0x81, 'windows-1252')).toBe('\uFFFD');
    // Apple's readings that iconv-lite lacks stay first; a byte below 80 and a charset the table lacks go to iconv-lite.
    expect(decodeByte(0xdb, 'macintosh')).toBe('€');
    expect(decodeByte(0x41, 'windows-1252')).toBe('A');
    expect(decodeByte(0xe4, 'koi8-r')).toBe(iconv.decode(Buffer.from([0xe4]), 'koi8-r'));
    expect(c1ToWindows1252('\u0093')).toBe('“');
    expect(c1ToWindows1252('\u0081')).toBeNull();
  });
});
