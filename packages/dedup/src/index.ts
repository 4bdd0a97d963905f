export type * from './port.ts';
export { createMemoryDedup, type MemoryDedupOptions } from './memory-dedup.ts';
export { createRedisDedup, type RedisDedupOptions } from './redis-dedup.ts';
