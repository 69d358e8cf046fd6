export * from './fingerprint';
export * from './apply';
export * from './policy';
