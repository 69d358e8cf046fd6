import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { SaxesParser } from 'saxes';

/** A small element tree of one record (names are local names: namespaces differ between vintages). */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

const local = (qname: string) => qname.slice(qname.indexOf(':') + 1);

/** First child with this local name. */
export function child(n: XmlNode | undefined, name: string): XmlNode | undefined {
  return n?.children.find((c) => c.name === name);
}

/** Every child with this local name. */
export function children(n: XmlNode | undefined, name: string): XmlNode[] {
  return n ? n.children.filter((c) => c.name === name) : [];
}

/** Trimmed text of a child path (`a/b/c`), or undefined when missing or empty. */
export function text(n: XmlNode | undefined, path?: string): string | undefined {
  let cur = n;
  if (path) for (const p of path.split('/')) cur = child(cur, p);
  const t = cur?.text.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}

/** Texts of every `name` child (e.g. NATIONALITY/VALUE). */
export function texts(n: XmlNode | undefined, path: string): string[] {
  const parts = path.split('/');
  let level: XmlNode[] = n ? [n] : [];
  for (const p of parts) level = level.flatMap((x) => children(x, p));
  return level.map((x) => x.text.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Trimmed attribute, undefined when empty. */
export function attr(n: XmlNode | undefined, name: string): string | undefined {
  const v = n?.attrs[name]?.replace(/\s+/g, ' ').trim();
  return v ? v : undefined;
}

export interface XmlStreamOptions {
  /** local names of the elements that are records; each is built as a tree and handed to `onRecord` */
  records: ReadonlySet<string>;
  onRecord: (node: XmlNode) => void;
  /** elements outside records whose text is wanted (e.g. Publish_Date); their text is reported here */
  onHeader?: (name: string, text: string, attrs: Record<string, string>) => void;
  /** called once with the root element (its attributes often carry the generation date) */
  onRoot?: (name: string, attrs: Record<string, string>) => void;
}

/**
 * Streams an XML document with saxes: only one record at a time is held in memory. A malformed or truncated
 * document rejects (saxes reports unclosed elements at the end), so a broken file never loads half-way.
 */
export async function streamXml(input: string | Readable, opts: XmlStreamOptions): Promise<void> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: XmlNode[] = [];
  let depth = 0;
  let headerText = '';
  let failed: Error | undefined;
  parser.on('error', (e) => {
    failed ??= e;
  });
  parser.on('opentag', (tag) => {
    const name = local(tag.name);
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes as Record<string, string>)) attrs[local(k)] = v;
    if (depth === 0) opts.onRoot?.(name, attrs);
    depth++;
    headerText = '';
    if (stack.length || opts.records.has(name)) {
      const node: XmlNode = { name, attrs, children: [], text: '' };
      stack[stack.length - 1]?.children.push(node);
      stack.push(node);
    }
  });
  const onText = (t: string) => {
    if (stack.length) stack[stack.length - 1]!.text += t;
    else headerText += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag) => {
    depth--;
    if (stack.length) {
      const node = stack.pop()!;
      if (stack.length === 0) opts.onRecord(node);
    } else if (opts.onHeader && headerText.trim()) {
      opts.onHeader(local(tag.name), headerText.trim(), {});
      headerText = '';
    }
  });
  const stream = typeof input === 'string' ? createReadStream(input, { encoding: 'utf8' }) : input.setEncoding('utf8');
  try {
    for await (const chunk of stream) {
      parser.write(chunk as string);
      if (failed) break;
    }
    if (!failed) parser.close();
  } finally {
    stream.destroy();
  }
  if (failed) throw new Error(`malformed XML: ${failed.message}`);
  if (depth !== 0) throw new Error('malformed XML: truncated document');
}
