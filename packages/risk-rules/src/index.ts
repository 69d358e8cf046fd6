export * from './assess';
