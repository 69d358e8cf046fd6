export * from './load';
export * from './version';
export { parseRemarks, parseOfacDate } from './ofac/remarks';
export * from './sources';
export * from './reader-types';
export { streamXml, type XmlNode } from './xml/stream';
