// The DedupStore port: remembers which (story id, version, digest) keys were already handled,
// for a while. It is an optimisation on top of idempotent writes, not what makes them
// idempotent: callers check `seen` before work and `remember` only after their output is
// durable, so a crash in between means the work is done again, never lost.

export interface DedupStore {
  readonly kind: 'memory' | 'redis';
  seen(key: string): Promise<boolean>;
  /** Records `key` for `ttlMs` milliseconds. */
  remember(key: string, ttlMs: number): Promise<void>;
  forget(key: string): Promise<void>;
  close(): Promise<void>;
}
