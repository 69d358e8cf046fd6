export * from './assess';
export * from './decide';
export * from './types';
export { RULES } from './rules';
export { TABLES_VERSION } from './tables';
export { locateText, locateParty } from './facts/geo';
export { normalizeHs } from './facts/goods';
export { bandOf, categoriesOf, isEntityListOrMeu, isOfacSdn } from './rules/helpers';
