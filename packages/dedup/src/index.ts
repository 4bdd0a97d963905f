export type * from './port.ts';
export { createMemoryDedup, type MemoryDedupOptions } from './memory-dedup.ts';
