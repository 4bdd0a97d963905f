// ObjectStore in a Map, for other packages' unit tests: same key rules and list order as the
// fs and S3 adapters, and it copies bytes in and out so callers cannot mutate stored objects.
import { assertValidKey, assertValidPrefix, compareKeys } from './object-key.ts';
import type { ObjectInfo, ObjectStore } from './port.ts';

export interface MemoryStore extends ObjectStore {
  /** Number of objects held (for tests). */
  readonly size: number;
}

const settle = <T>(fn: () => T): Promise<T> => new Promise<T>((resolve) => resolve(fn()));

export const createMemoryStore = (): MemoryStore => {
  const objects = new Map<string, Buffer>();
  return {
    // The port has no 'memory' kind; this store stands in for the fs one (same semantics).
    kind: 'fs',
    get size() {
      return objects.size;
    },
    ensure: () => Promise.resolve(),
    put: (key, body) =>
      settle(() => {
        assertValidKey(key);
        objects.set(key, typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body));
      }),
    get: (key) =>
      settle(() => {
        assertValidKey(key);
        const bytes = objects.get(key);
        return bytes === undefined ? null : Buffer.from(bytes);
      }),
    head: (key) =>
      settle(() => {
        assertValidKey(key);
        const bytes = objects.get(key);
        return bytes === undefined ? null : { key, size: bytes.length };
      }),
    async *list(prefix): AsyncGenerator<ObjectInfo> {
      // Snapshot first: puts and deletes during iteration do not disturb it, as with S3 pages.
      const keys = await settle(() => {
        assertValidPrefix(prefix);
        return [...objects.keys()].filter((k) => k.startsWith(prefix)).sort(compareKeys);
      });
      for (const key of keys) {
        const bytes = objects.get(key);
        if (bytes !== undefined) yield { key, size: bytes.length };
      }
    },
    delete: (key) =>
      settle(() => {
        assertValidKey(key);
        objects.delete(key);
      }),
    close: () => Promise.resolve(),
  };
};
