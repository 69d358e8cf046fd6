import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files of a list path: the file itself, or the files of a folder in name order. */
export function listFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((n) => !n.startsWith('.') && statSync(join(path, n)).isFile())
    .sort()
    .map((n) => join(path, n));
}

/** Content hash of a list path: the same bytes give the same version, wherever the files live. */
export async function contentVersion(path: string): Promise<string> {
  const h = createHash('sha256');
  for (const f of listFiles(path)) {
    h.update(f.split('/').pop()!.toLowerCase());
    for await (const chunk of createReadStream(f)) h.update(chunk as Buffer);
  }
  return `sha256-${h.digest('hex').slice(0, 16)}`;
}

/** The first file of a list path matching `pattern` (the path itself when it is a file). */
export function fileIn(path: string, pattern: RegExp, what: string): string {
  const f = listFiles(path).find((x) => pattern.test(x));
  if (!f) throw new Error(`${path}: no ${what}`);
  return f;
}
