import type { Readable } from 'node:stream';
import type { ListEntity } from '@screening/schemas';
import type { ReaderOutput, Rejected } from '../reader-types';
import { streamXml, type XmlNode } from './stream';

/** How one XML list format is read: its root, its record elements, its mapper and where it states its date. */
export interface XmlListFormat {
  /** what the file must be, for the error message ("an EU FSF export") */
  label: string;
  root: string;
  records: ReadonlySet<string>;
  /** an entity, or the reason the record is rejected */
  map: (node: XmlNode) => ListEntity | string;
  /** publication date: an attribute of the root, or the text of a header element outside the records */
  dateAttr?: string;
  dateHeader?: string;
  parseDate?: (v: string) => string;
}

/** Streams an XML list of one format: one record in memory at a time; each record mapped or rejected with its number. */
export async function readXmlList(input: string | Readable, format: XmlListFormat, file = String(input)): Promise<ReaderOutput> {
  const entities: ListEntity[] = [];
  const rejected: Rejected[] = [];
  const date = format.parseDate ?? ((v: string) => v);
  let publishedAt: string | undefined;
  let rows = 0;
  await streamXml(input, {
    records: format.records,
    onRoot: (name, attrs) => {
      if (name !== format.root) throw new Error(`${file}: not ${format.label} (root <${name}>)`);
      const v = format.dateAttr ? attrs[format.dateAttr] : undefined;
      if (v) publishedAt = date(v);
    },
    onHeader: (name, t) => {
      if (name === format.dateHeader) publishedAt = date(t);
    },
    onRecord: (node) => {
      rows++;
      const e = format.map(node);
      if (typeof e === 'string') rejected.push({ file, line: rows, reason: e });
      else entities.push(e);
    },
  });
  return { entities, rejected, rows, ...(publishedAt ? { publishedAt } : {}) };
}
