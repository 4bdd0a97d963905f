export type * from './port.ts';
export { createFsStore, type FsStoreOptions } from './fs-store.ts';
export { createMemoryStore, type MemoryStore } from './memory-store.ts';
export { assertValidKey, assertValidPrefix, compareKeys, MAX_KEY_BYTES } from './object-key.ts';
export { createS3Store, type S3StoreOptions } from './s3-store.ts';
