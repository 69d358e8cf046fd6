export * from './dated';
export * from './embargoes';
export * from './arms-embargoes';
export * from './hubs';
export * from './regions';
export * from './pmc';
export * from './chpl';
export * from './military-goods';
export * from './eu';
export * from './affiliates-rule';
export * from './list-programs';
export * from './profiles';
export * from './gazetteer';
export * from './hs2022';
export * from './ru-by-bans';
export * from './security-end-users';

/** Version of the reference tables; bump on every change of a row (a flag's evidence cites the rows it used). */
export const TABLES_VERSION = 'tables@2026-12-02';
