import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { ReaderOutput } from '../reader-types';
import { listFiles } from '../version';
import { readAdvancedXml } from './advanced';
import { openZippedXml, readEnhancedXml } from './enhanced';
import { type OfacFileNames, readOfacSet } from './mapper';
import { findFile } from './reader';
import { readOfacClassicXml } from './xml-classic';

type OfacSource = 'us_ofac_sdn' | 'us_ofac_cons';

function head(path: string, bytes = 4096): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    return buf.subarray(0, readSync(fd, buf, 0, bytes, 0)).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

async function readOfacXml(path: string, source: OfacSource): Promise<ReaderOutput> {
  const start = head(path);
  if (/<(\w+:)?sanctionsData\b/.test(start)) return readEnhancedXml(path, source);
  if (/<(\w+:)?sdnList\b/.test(start)) return readOfacClassicXml(path, source);
  if (/<(\w+:)?Sanctions\b/.test(start)) return readAdvancedXml(path, source);
  throw new Error(`${path}: not an OFAC XML (expected <sdnList>, <sanctionsData> or <Sanctions>)`);
}

/**
 * An OFAC list in any of its official shapes: a folder with the legacy CSV set, the classic XML
 * (sdn.xml / consolidated.xml), the Enhanced XML, or the Enhanced XML zipped (CONS_ENHANCED.ZIP).
 */
export async function readOfac(path: string, source: OfacSource, files: OfacFileNames): Promise<ReaderOutput> {
  let file = path;
  if (statSync(path).isDirectory()) {
    if (findFile(path, files.primary)) return readOfacSet(path, source, files);
    const other = listFiles(path).find((f) => /\.(zip|xml)$/i.test(f));
    if (!other) throw new Error(`${path}: no ${files.primary}, .xml or .zip`);
    file = other;
  }
  if (/\.zip$/i.test(file)) return readEnhancedXml(await openZippedXml(file), source, file);
  if (/\.xml$/i.test(file)) return readOfacXml(file, source);
  throw new Error(`${file}: give the folder of the ${files.primary} set, or an .xml/.zip file`);
}
