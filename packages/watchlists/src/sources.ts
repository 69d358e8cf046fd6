import { existsSync } from 'node:fs';
import { SAMPLE_LIST_PATH } from './load';
import { syncedSources } from './sync/store';

export interface ListSource {
  source: string;
  path: string;
}

export interface ListSourceConfig {
  SCREENING_LISTS: readonly ListSource[];
  LISTS_DIR: string;
  ALLOW_SAMPLE_LIST: boolean;
}

/**
 * Which lists to serve: SCREENING_LISTS when set; else the versions last synced into LISTS_DIR; else the
 * bundled sample (flagged so that callers warn loudly).
 */
export function resolveListSources(cfg: ListSourceConfig, synced: (dir: string) => ListSource[] = syncedSources): {
  sources: ListSource[];
  origin: 'configured' | 'synced' | 'sample';
} {
  if (cfg.SCREENING_LISTS.length) {
    for (const s of cfg.SCREENING_LISTS) if (!existsSync(s.path)) throw new Error(`SCREENING_LISTS: ${s.source}: ${s.path} does not exist`);
    return { sources: [...cfg.SCREENING_LISTS], origin: 'configured' };
  }
  const fromDir = synced(cfg.LISTS_DIR);
  if (fromDir.length) return { sources: fromDir, origin: 'synced' };
  if (!cfg.ALLOW_SAMPLE_LIST) throw new Error('no list configured (SCREENING_LISTS) or synced (pnpm lists:sync), and ALLOW_SAMPLE_LIST=false');
  return { sources: [{ source: 'sample', path: SAMPLE_LIST_PATH }], origin: 'sample' };
}
