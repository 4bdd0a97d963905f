export * from './replay-archive.ts';
export * from './replay-queue.ts';
