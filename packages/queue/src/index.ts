export * from './redis';
export * from './queues';
export * from './store';
export * from './lists-registry';
export * from './batch-store';
export * from './batch-queues';
export * from './worker-metrics-store';
