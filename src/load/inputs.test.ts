import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readFileBytes, readInputs } from './inputs.js';

const KB = 1024;
const record = (text: string) => JSON.stringify({ title: 'Bridge', text }) + '\n';
const sentence = 'The council of Lowmarsh voted on Friday to close the old bridge, the surveyor said. ';

describe('limits on unpacked and record sizes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'inputs-limits-'));
  const file = (name: string, bytes: Uint8Array) => {
    const p = join(dir, name);
    writeFileSync(p, bytes);
    return p;
  };

  it('unpacks a .gz only up to --max-bytes, and says so past it (control: one under the limit)', () => {
    const bomb = file('bomb.txt.gz', gzipSync(Buffer.alloc(200 * KB, sentence)));
    const fine = file('fine.txt.gz', gzipSync(Buffer.from(sentence.repeat(10))));
    const r = readInputs([bomb, fine], { maxBytes: 64 * KB });
    expect(r.failures).toEqual([
      {
        location: bomb,
        rule: 'load:too-large',
        reason: expect.stringMatching(/unpacks to more than 0\.1 MB.*--max-bytes/),
      },
    ]);
    expect(r.items.map((x) => x.source.location)).toEqual([fine]);
  });

  it('unpacks a .jsonl.gz only up to --max-bytes too, though a plain JSON Lines file may be larger', () => {
    const lines = Array.from({ length: 100 }, (_, i) => record(`${i}. ${sentence.repeat(10)}`)).join('');
    expect(lines.length).toBeGreaterThan(64 * KB);
    const packed = file('many.jsonl.gz', gzipSync(Buffer.from(lines)));
    const plain = file('many.jsonl', Buffer.from(lines));
    const r = readInputs([packed, plain], { maxBytes: 64 * KB });
    expect(r.failures.map((f) => [f.location, f.rule])).toEqual([[packed, 'load:too-large']]);
    expect(r.items).toHaveLength(100);
    // The same for an upload to serve.
    const upload = readFileBytes('many.jsonl.gz', gzipSync(Buffer.from(lines)), { maxBytes: 64 * KB });
    expect(upload.failures.map((f) => f.rule)).toEqual(['load:too-large']);
    expect(upload.items).toEqual([]);
  });

  it('unpacks the same whatever size the gzip trailer claims (several members, a forged size, an exact one)', () => {
    const a = Buffer.from(sentence.repeat(900)); // about 76 KB: more than one 16 KiB chunk
    const b = Buffer.from('The ferry to Saltmere runs again from Monday. ');
    const forged = (gz: Buffer, size: number): Buffer => {
      const out = Buffer.from(gz);
      out.writeUInt32LE(size >>> 0, out.length - 4);
      return out;
    };
    const whole = Buffer.concat([a, b]);
    const cases: Array<[string, Buffer]> = [
      ['exact.txt.gz', gzipSync(whole)],
      ['members.txt.gz', Buffer.concat([gzipSync(a), gzipSync(b)])],
    ];
    for (const [name, gz] of cases) {
      const r = readFileBytes(name, gz);
      expect(r.failures).toEqual([]);
      expect(Buffer.from(r.items[0]!.bytes!).equals(whole)).toBe(true);
    }
    // A trailer that lies is caught by gzip's own check, small or large: refused as not gzip either way.
    for (const size of [10, 2 ** 32 - 1]) {
      const r = readFileBytes('forged.txt.gz', forged(gzipSync(whole), size));
      expect(r.failures.map((f) => f.rule)).toEqual(['load:gzip']);
    }
  });

  it('names what is not gzip apart from what is too large', () => {
    const r = readInputs([file('fake.txt.gz', Buffer.from('not gzip at all'))]);
    expect(r.failures.map((f) => f.rule)).toEqual(['load:gzip']);
  });

  it('refuses a JSON Lines record over the article limit, like an oversized file, and reads the others', () => {
    const big = record(sentence.repeat(1000)); // about 85 KB
    const small = record(sentence);
    const p = file('mixed.jsonl', Buffer.from(small + big + small));
    const r = readInputs([p], { maxBytes: 64 * KB });
    expect(r.failures).toEqual([
      {
        location: `${p}:2`,
        rule: 'load:too-large',
        reason: expect.stringMatching(/the record is 0\.1 MB, over the 0\.1 MB limit/),
      },
    ]);
    expect(r.items.map((x) => x.source.location)).toEqual([`${p}:1`, `${p}:3`]);
    // Control: with a larger limit the same record is read.
    expect(readInputs([p], { maxBytes: 128 * KB }).items).toHaveLength(3);
  });
});
