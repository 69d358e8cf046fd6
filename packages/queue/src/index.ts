export * from './redis';
export * from './queues';
export * from './store';
export * from './lists-registry';
export * from './worker-metrics-store';
