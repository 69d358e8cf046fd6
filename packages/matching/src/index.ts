export * from './normalize';
export * from './jaro-winkler';
export * from './index-build';
export * from './screen';
export * from './country';
