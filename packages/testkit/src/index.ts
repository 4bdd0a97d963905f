export * from './corpus.ts';
export * from './servers.ts';
