export * from './load';
export * from './version';
export { parseRemarks, parseOfacDate } from './ofac/remarks';
export * from './sources';
