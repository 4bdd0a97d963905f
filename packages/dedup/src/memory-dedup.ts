// In-process DedupStore: a map of key -> expiry time on an injected clock. For embedded mode
// and tests; it forgets everything when the process exits (callers tolerate that by design).
import { ErrorCode, NewswireError } from '@newswire/contracts';
import type { DedupStore } from './port.ts';

export interface MemoryDedupOptions {
  /** Milliseconds since the epoch. Default Date.now. */
  readonly clock?: () => number;
}

const MIN_SWEEP_SIZE = 1024;

/** Runs `fn` so that a throw becomes a rejected promise, as the Redis adapter's would. */
const settle = <T>(fn: () => T): Promise<T> => new Promise<T>((resolve) => resolve(fn()));

export const createMemoryDedup = (options: MemoryDedupOptions = {}): DedupStore => {
  const clock = options.clock ?? Date.now;
  const expiresAt = new Map<string, number>();
  let closed = false;
  // Expired keys are dropped lazily when read, and in a sweep whenever the map has doubled
  // since the last one, so a stream of never-re-read keys cannot grow the map without bound.
  let sweepAtSize = MIN_SWEEP_SIZE;

  const assertOpen = (): void => {
    if (closed) throw new NewswireError(ErrorCode.Internal, 'dedup store is closed');
  };

  const sweep = (now: number): void => {
    for (const [key, at] of expiresAt) if (at <= now) expiresAt.delete(key);
    sweepAtSize = Math.max(MIN_SWEEP_SIZE, expiresAt.size * 2);
  };

  return {
    kind: 'memory',
    seen: (key) =>
      settle(() => {
        assertOpen();
        const at = expiresAt.get(key);
        if (at === undefined) return false;
        if (at <= clock()) {
          expiresAt.delete(key);
          return false;
        }
        return true;
      }),
    remember: (key, ttlMs) =>
      settle(() => {
        assertOpen();
        if (!Number.isFinite(ttlMs) || ttlMs <= 0) {
          // Redis rejects a non-positive expiry too; both adapters fail the same way.
          throw new NewswireError(ErrorCode.Internal, `dedup ttlMs must be a positive number, got ${ttlMs}`);
        }
        const now = clock();
        expiresAt.set(key, now + ttlMs);
        if (expiresAt.size >= sweepAtSize) sweep(now);
      }),
    forget: (key) =>
      settle(() => {
        assertOpen();
        expiresAt.delete(key);
      }),
    close: () =>
      settle(() => {
        closed = true;
        expiresAt.clear();
      }),
  };
};
