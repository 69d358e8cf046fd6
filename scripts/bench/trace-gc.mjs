// Preloaded by `pnpm bench:batch --trace-gc` into the API and workers (NODE_OPTIONS=--import …; node refuses V8 flags
// there): V8 prints every collection with the heap before and after it, which tells retained memory from garbage.
import v8 from 'node:v8';

v8.setFlagsFromString('--trace-gc');
