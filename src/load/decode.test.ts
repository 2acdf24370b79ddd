import iconv from 'iconv-lite';
import { processBytes } from '../pipeline/document.js';
import { describe, expect, it } from 'vitest';
import { InputError } from '../model/messages.js';
import { decodeBytes } from './decode.js';

const french =
  "Le conseil municipal a voté mercredi une hausse de la taxe foncière. Les élus de l'opposition ont dénoncé une décision prise à la hâte, sans concertation préalable avec les habitants du quartier.";

function refusal(bytes: Uint8Array, opts = {}): InputError {
  try {
    decodeBytes(bytes, opts);
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const body = Buffer.from('Café crème — “quoted”', 'utf8');
    expect(decodeBytes(body)).toMatchObject({
      text: 'Café crème — “quoted”',
      decoding: { encoding: 'utf-8', rule: 'utf8-valid' },
    });
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]);
    expect(decodeBytes(withBom)).toMatchObject({
      text: 'Café crème — “quoted”',
      decoding: { encoding: 'utf-8', rule: 'bom' },
    });
  });
  it('reads UTF-16 LE and BE by BOM, and LE without one', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('Port Calder fire', 'utf-16le')]);
    expect(decodeBytes(le).text).toBe('Port Calder fire');
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode('Port Calder fire', 'utf-16be')]);
    expect(decodeBytes(be).text).toBe('Port Calder fire');
    const bare = iconv.encode('A plain English sentence without a byte order mark.', 'utf-16le');
    expect(decodeBytes(bare)).toMatchObject({
      text: 'A plain English sentence without a byte order mark.',
      decoding: { encoding: 'utf-16le' },
    });
  });
  it('sniffs windows-1252 when the bytes are not UTF-8', () => {
    const d = decodeBytes(iconv.encode(french, 'windows-1252'));
    expect(d.text).toBe(french);
    expect(d.decoding.rule).toBe('sniffed');
  });
  it('decodes mostly-UTF-8 bytes as UTF-8 and replaces only the broken sequences', () => {
    const good = Buffer.from(
      'Die Fähre über den Fluss fährt wieder: Grüße aus Nördlingen, schön und groß. ',
      'utf8',
    );
    const bytes = Buffer.concat([good, Buffer.from([0xe4, 0x20]), good]);
    const d = decodeBytes(bytes, { declared: 'utf-8' });
    expect(d.decoding).toMatchObject({ encoding: 'utf-8', rule: 'utf8-replaced', brokenBytes: 1 });
    expect(d.text).toBe(`${good.toString('utf8')}\uFFFD ${good.toString('utf8')}`);
    const doc = processBytes(bytes, { kind: 'file', location: 'ferry.txt' });
    expect(doc.messages.map((m) => [m.rule, m.severity])).toContainEqual(['load:utf8-replaced', 'warning']);
    expect(doc.messages.find((m) => m.rule === 'load:utf8-replaced')!.reason).toContain(
      'except for 1 broken byte,',
    );
    // Latin-1 text with the odd valid-looking pair stays a sniffed single-byte charset.
    expect(decodeBytes(iconv.encode(french, 'windows-1252')).decoding.rule).toBe('sniffed');
  });
  it('uses a declared charset when it decodes', () => {
    const text = 'Příliš žluťoučký kůň úpěl ďábelské ódy.';
    expect(decodeBytes(iconv.encode(text, 'iso-8859-2'), { declared: 'ISO-8859-2' }).text).toBe(text);
  });
  it('reads UTF-8 mislabelled as a single-byte charset as UTF-8', () => {
    const d = decodeBytes(Buffer.from(french, 'utf8'), { declared: 'iso-8859-1' });
    expect(d.text).toBe(french);
    expect(d.decoding).toMatchObject({ encoding: 'utf-8', rule: 'utf8-over-declared' });
    // Plain ASCII is valid in both: the declaration stands.
    expect(decodeBytes(Buffer.from('Port Calder fire'), { declared: 'iso-8859-1' }).decoding.rule).toBe(
      'declared',
    );
  });
  it('refuses empty, blank, binary and oversized input with a reason', () => {
    expect(refusal(new Uint8Array()).rule).toBe('load:empty');
    expect(refusal(Buffer.from('  \n\t \n')).rule).toBe('load:blank');
    expect(refusal(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0])).message).toMatch(
      /PNG image/,
    );
    expect(refusal(Buffer.from([1, 2, 3, 0, 5, 6, 7, 0, 0, 9, 200, 201])).rule).toBe('load:binary');
    expect(refusal(Buffer.alloc(2048, 0x61), { maxBytes: 1024 }).message).toMatch(
      /over the 0\.0 MB limit|over the/,
    );
  });
  it('counts the control bytes of the first 64 KiB exactly, few or many', () => {
    /** 8,000 bytes of text with `nul` NUL bytes and `other` bytes 0x01 to 0x08 spread through it. */
    const spiked = (nul: number, other: number): Buffer => {
      const out = Buffer.from('The ferry to Port Calder left at dawn. '.repeat(200).slice(0, 8000), 'utf8');
      for (let k = 0; k < nul + other; k++) out[(k * 97) % out.length] = k < nul ? 0 : 1 + (k % 8);
      return out;
    };
    // Over 0.5 % NUL bytes: refused, with the counts.
    expect(refusal(spiked(60, 30)).message).toMatch(/\(60 NUL and 30 control bytes in the first 64 KiB\)/);
    // Hundreds of them: the same counts as a byte-by-byte count gives.
    expect(refusal(spiked(300, 400)).message).toMatch(
      /\(300 NUL and 400 control bytes in the first 64 KiB\)/,
    );
    // Only the first 64 KiB count: controls after it are not seen.
    const late = Buffer.concat([Buffer.alloc(65536, 0x61), Buffer.alloc(100, 0x02), Buffer.from(' end')]);
    expect(decodeBytes(late).decoding.rule).toBe('utf8-valid');
    // Control: a few stray ones, tabs, form feeds and escapes are text.
    const few = spiked(5, 3);
    few[50] = 0x09;
    few[51] = 0x0c;
    few[52] = 0x1b;
    expect(decodeBytes(few).decoding.rule).toBe('utf8-valid');
  });
});

describe('noise bytes (issue 17 item 11)', () => {
  const chinese =
    '北京市政府星期五宣布，由于工程师在两座桥墩上发现裂缝，这座老桥将关闭。渡轮将从星期一开始运行，修复工作预计耗资四百万元。市议会表示，居民应提前安排出行。';
  /** Seeded bytes from 0x80 up: no controls, no NUL, every pair a GB18030 character. */
  const noise = (seed: number, n = 2000): Uint8Array => {
    let a = seed;
    return new Uint8Array(n).map(() => {
      a = (Math.imul(a, 1103515245) + 12345) >>> 0;
      return 0x80 + ((a >>> 16) & 0x7f);
    });
  };
  it('refuses noise that would decode as GB18030 or Big5 (rare characters only)', () => {
    for (const seed of [1, 2, 3, 4]) {
      const err = refusal(noise(seed));
      expect(err.rule).toBe('load:undecodable');
      expect(err.message).toMatch(/only as rare characters .*noise or binary, not text/);
    }
  });
  it('still reads Chinese text in GB18030 and Big5 (control)', () => {
    for (const encoding of ['gb18030', 'big5']) {
      const { text, decoding } = decodeBytes(iconv.encode(chinese.repeat(3), encoding));
      expect(decoding.encoding).toBe(encoding);
      expect(text.startsWith('北京市政府星期五宣布')).toBe(true);
    }
  });
});
