import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { openMaybeGzip } from '../src/csl/reader';
import { capBytes, ListTooLargeError, readCapped } from '../src/limits';

async function drain(r: Readable): Promise<number> {
  let n = 0;
  for await (const c of r) n += (c as Buffer).length;
  return n;
}

describe('decompressed-size caps of list files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'limits-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('when a small gzip inflates beyond the cap (a decompression bomb), then reading it fails instead of filling memory', async () => {
    const bomb = join(dir, 'consolidated.csv.gz');
    const packed = gzipSync(Buffer.alloc(16 * 2 ** 20, 'a'));
    writeFileSync(bomb, packed);
    expect(packed.length).toBeLessThan(100_000);
    await expect(drain(openMaybeGzip(bomb, 2 ** 20))).rejects.toBeInstanceOf(ListTooLargeError);
    // within the cap it reads in full
    await expect(drain(openMaybeGzip(bomb, 32 * 2 ** 20))).resolves.toBe(16 * 2 ** 20);
  });

  it('when a JSON document is longer than its cap, then it is refused before parsing', async () => {
    await expect(readCapped(Readable.from([Buffer.alloc(5000, ' ')]), 4096, 'doc.json')).rejects.toThrow(/larger than 4096 bytes/);
    await expect(readCapped(Readable.from([Buffer.from('[1]')]), 4096, 'doc.json')).resolves.toBe('[1]');
  });

  it('when a stream passes the cap, then the error names what was too large', async () => {
    await expect(drain(capBytes(Readable.from([Buffer.alloc(10), Buffer.alloc(10)]), 15, 'list.zip: x.xml'))).rejects.toThrow('list.zip: x.xml is larger than 15 bytes');
  });
});
