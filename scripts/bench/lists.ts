import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type LoadedList, loadList, READERS } from '../../packages/watchlists/src/index';

/** The shared reference material (lists, eval sets); SHARED_DIR overrides. */
export const SHARED = resolve(process.env.SHARED_DIR ?? join(__dirname, '..', '..', '..', 'shared'));

/** The lists the matching benchmarks load: OFAC SDN 2023-01 + UN SC 2026-02 + US CSL 2022-05. */
export const LISTS: Array<[string, string]> = [
  ['us_ofac_sdn', 'watchlists/ofac/2023-01'],
  ['un_sc', 'watchlists/un/2026-02'],
  ['us_trade_csl', 'watchlists/csl_us/2022-05'],
];

/** Loads LISTS (what the readers can load; says what it skips). */
export async function loadAll(): Promise<LoadedList[]> {
  const out: LoadedList[] = [];
  for (const [source, dir] of LISTS) {
    if (!READERS[source]) {
      console.log(`NOTE: no reader for ${source} in @screening/watchlists yet: benchmark runs without it`);
      continue;
    }
    try {
      const path = join(SHARED, dir);
      // readers take a directory or the list's single file
      const files = readdirSync(path).filter((f) => !f.startsWith('.'));
      out.push(await loadList(source, files.length === 1 ? join(path, files[0]!) : path).catch(() => loadList(source, path)));
    } catch (e) {
      console.log(`NOTE: ${source} from ${dir} could not be loaded (${(e as Error).message.slice(0, 120)}): benchmark runs without it`);
    }
  }
  return out;
}
