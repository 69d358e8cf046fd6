import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadReport } from '../load';

/**
 * On-disk list versions: `<dir>/<source>/<version>/data/` holds the publisher's files exactly as fetched,
 * `<dir>/<source>/<version>/metadata.json` what is known about them, and `<dir>/<source>/current` names the
 * version to serve. Versions are immutable; `current` moves only after a version parsed cleanly.
 */
export interface VersionMetadata {
  source: string;
  version: string;
  fetchedAt: string;
  publishedAt?: string;
  files: { name: string; url: string; bytes: number; sha256: string }[];
  report: LoadReport;
}

export function versionDir(dir: string, source: string, version: string): string {
  return join(dir, source, version);
}

export function dataDir(dir: string, source: string, version: string): string {
  return join(versionDir(dir, source, version), 'data');
}

/** Version that `current` points at, if any. */
export function currentVersion(dir: string, source: string): string | undefined {
  const p = join(dir, source, 'current');
  if (!existsSync(p)) return undefined;
  const v = readFileSync(p, 'utf8').trim();
  return v && existsSync(dataDir(dir, source, v)) ? v : undefined;
}

/** Moves `current` atomically (write a temp file, then rename over). */
export function setCurrent(dir: string, source: string, version: string): void {
  const tmp = join(dir, source, `.current-${process.pid}-${Date.now()}`);
  writeFileSync(tmp, `${version}\n`);
  renameSync(tmp, join(dir, source, 'current'));
}

export function readMetadata(dir: string, source: string, version: string): VersionMetadata | undefined {
  const p = join(versionDir(dir, source, version), 'metadata.json');
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as VersionMetadata) : undefined;
}

/** Publishes a fetched and validated temp folder as an immutable version (an existing version is kept as is). */
export function commitVersion(dir: string, tmpData: string, meta: VersionMetadata): void {
  const target = versionDir(dir, meta.source, meta.version);
  if (!existsSync(target)) {
    mkdirSync(target, { recursive: true });
    renameSync(tmpData, join(target, 'data'));
    writeFileSync(join(target, 'metadata.json'), `${JSON.stringify(meta, null, 2)}\n`);
  }
  setCurrent(dir, meta.source, meta.version);
}

/** Every version of a source on disk, oldest first by fetch time. */
export function listVersions(dir: string, source: string): VersionMetadata[] {
  const base = join(dir, source);
  if (!existsSync(base)) return [];
  return readdirSync(base)
    .filter((v) => !v.startsWith('.') && v !== 'current')
    .map((v) => readMetadata(dir, source, v))
    .filter((m): m is VersionMetadata => !!m)
    .sort((a, b) => a.fetchedAt.localeCompare(b.fetchedAt));
}

/** The lists last synced into `dir`: one `{source, path}` per source whose `current` points at a version. */
export function syncedSources(dir: string): { source: string; path: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((s) => !s.startsWith('.'))
    .sort()
    .flatMap((source) => {
      const v = currentVersion(dir, source);
      return v ? [{ source, path: dataDir(dir, source, v) }] : [];
    });
}

/** Removes leftovers of interrupted syncs. */
export function removeTemp(path: string): void {
  rmSync(path, { recursive: true, force: true });
}
