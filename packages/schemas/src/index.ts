export { z } from './zod';
export * from './domain';
export * from './entity-input';
export * from './match';
export * from './screening';
export * from './problem';
export * from './jobs';
export * from './batch';
export * from './lists';
