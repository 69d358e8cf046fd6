/**
 * `pnpm lists:sync [source-id ...]`: downloads the official lists from their publishers into LISTS_DIR as
 * immutable versions (`<dir>/<source>/<version>/`), moving `current` only when a download parses cleanly.
 * Sources: the arguments, else LISTS_SYNC, else every source with a known publisher download. Exit code 1 when
 * a source failed (the previous version keeps being served).
 */
import { loadConfig } from '../packages/runtime/src/index';
import { PUBLISHER_FILES, syncSources } from '../packages/watchlists/src/index';

async function main() {
  const config = loadConfig();
  const args = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const sources = args.length ? args : config.LISTS_SYNC.length ? config.LISTS_SYNC : Object.keys(PUBLISHER_FILES);
  const outcomes = await syncSources(sources, {
    dir: config.LISTS_DIR,
    timeoutMs: config.LISTS_SYNC_TIMEOUT_MS,
    maxBytes: config.LISTS_SYNC_MAX_BYTES,
    retries: config.LISTS_SYNC_RETRIES,
    minRatio: config.LISTS_MIN_RATIO,
  });
  for (const o of outcomes) {
    if (o.status === 'failed') console.error(`✗ ${o.source}: ${o.error}${o.serving ? ` (still serving ${o.serving})` : ''}`);
    else console.log(`✓ ${o.source}: ${o.status} ${o.version} (${o.entities} entities)`);
  }
  console.log(`lists in ${config.LISTS_DIR}; workers pick them up on start or on POST /v1/lists/refresh`);
  process.exitCode = outcomes.some((o) => o.status === 'failed') ? 1 : 0;
}

void main();
