// DedupStore on Redis (ioredis): one key per dedup key, `SET key 1 PX ttl`, so Redis expires
// them. Connects on first use; a command fails fast (bounded reconnect attempts) with a
// retryable DEDUP_UNAVAILABLE instead of waiting for Redis to come back.
import { Redis } from 'ioredis';
import { ErrorCode, NewswireError } from '@newswire/contracts';
import type { DedupStore } from './port.ts';

export interface RedisDedupOptions {
  /** `redis://[user:password@]host:port[/db]` (or `rediss://` for TLS). */
  readonly url: string;
  /** Prepended to every key, so dedup keys share a Redis with other data safely. Default `newswire:dedup:`. */
  readonly keyPrefix?: string;
  /** Reconnect attempts a command waits through before it fails. Default 2. */
  readonly maxRetriesPerRequest?: number;
  /** Milliseconds to open the connection. Default 2000. */
  readonly connectTimeoutMs?: number;
  /** Milliseconds for a command's answer. Default 2000. */
  readonly commandTimeoutMs?: number;
}

/** Redis error answers that a later retry can get past (a loading, busy or failing-over server). */
const TRANSIENT_REPLIES = ['LOADING', 'BUSY', 'TRYAGAIN', 'MASTERDOWN', 'CLUSTERDOWN', 'READONLY', 'OOM'];

const hints: readonly [string, string][] = [
  ['NOAUTH', 'Redis wants a password: put it in the URL'],
  ['WRONGPASS', 'check the Redis user and password in the URL'],
  ['NOPERM', 'the Redis user may not run this command or touch this key'],
];

/** The one place a Redis failure becomes a NewswireError (retryable unless Redis itself refused for good). */
export const toDedupError = (op: string, key: string, error: unknown): NewswireError => {
  if (error instanceof NewswireError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const details = { key };
  // An error answer from Redis itself (ioredis types its ReplyError class as `any`).
  if (error instanceof Error && error.name === 'ReplyError') {
    const code = message.split(' ', 1)[0] ?? '';
    if (!TRANSIENT_REPLIES.includes(code)) {
      const hint = hints.find(([prefix]) => code === prefix)?.[1];
      return new NewswireError(
        ErrorCode.DedupUnavailable,
        `redis ${op} ${JSON.stringify(key)} refused: ${message}${hint ? ` (${hint})` : ''}`,
        { cause: error, retryable: false, details },
      );
    }
  }
  // Connection refused or lost, reconnect attempts used up, a command timeout, a loading server.
  return new NewswireError(
    ErrorCode.DedupUnavailable,
    `redis ${op} ${JSON.stringify(key)} failed: ${message}`,
    {
      cause: error,
      details,
    },
  );
};

const nonNegativeInt = (n: number, what: string): number => {
  if (!Number.isInteger(n) || n < 0) {
    throw new NewswireError(ErrorCode.InvalidConfig, `${what} must be a non-negative integer, got ${n}`);
  }
  return n;
};

export const createRedisDedup = (options: RedisDedupOptions): DedupStore => {
  const maxRetriesPerRequest = nonNegativeInt(options.maxRetriesPerRequest ?? 2, 'maxRetriesPerRequest');
  const client = new Redis(options.url, {
    lazyConnect: true,
    keyPrefix: options.keyPrefix ?? 'newswire:dedup:',
    maxRetriesPerRequest,
    connectTimeout: options.connectTimeoutMs ?? 2000,
    commandTimeout: options.commandTimeoutMs ?? 2000,
    // Keep reconnecting in the background (so the store heals when Redis is back), never
    // faster than every 2 s; each command still fails after maxRetriesPerRequest attempts.
    retryStrategy: (attempt) => Math.min(attempt * 100, 2000),
  });
  // Without a listener ioredis prints every connection error itself; the caller hears about
  // them as the rejection of its own command instead.
  client.on('error', () => undefined);
  let closed = false;

  const run = async <T>(op: string, key: string, command: () => Promise<T>): Promise<T> => {
    if (closed) throw new NewswireError(ErrorCode.Internal, 'dedup store is closed');
    try {
      return await command();
    } catch (error) {
      throw toDedupError(op, key, error);
    }
  };

  return {
    kind: 'redis',
    seen: (key) => run('EXISTS', key, async () => (await client.exists(key)) === 1),
    remember: async (key, ttlMs) => {
      if (!Number.isFinite(ttlMs) || ttlMs <= 0) {
        // As the memory store: Redis would refuse a non-positive expiry too.
        throw new NewswireError(ErrorCode.Internal, `dedup ttlMs must be a positive number, got ${ttlMs}`);
      }
      // PX takes whole milliseconds; round up so a key never expires early.
      await run('SET', key, () => client.set(key, '1', 'PX', Math.ceil(ttlMs)));
    },
    forget: async (key) => {
      await run('DEL', key, () => client.del(key));
    },
    close: async () => {
      if (closed) return;
      closed = true;
      // QUIT lets Redis answer what is in flight; when not connected it would only wait for a
      // reconnect, so just drop the connection (and stop reconnecting).
      if (client.status === 'ready') {
        try {
          await client.quit();
          return;
        } catch {
          // fall through
        }
      }
      client.disconnect();
    },
  };
};
