export * from './config';
export * from './logger';
export * from './errors';
export * from './shutdown';
export * from './outbound';
export * from './heap';
