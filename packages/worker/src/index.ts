export * from './stage.ts';
export * from './worker.ts';
export * from './backoff.ts';
