// How Redis failures become NewswireErrors; the store's behaviour against a server is in
// redis-dedup.integration.test.ts.
import { ReplyError } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '@newswire/contracts';
import { createRedisDedup } from '../src/index.ts';
import { toDedupError } from '../src/redis-dedup.ts';

/** An error answer from Redis, as ioredis rejects with it. */
const reply = (message: string): Error => new (ReplyError as new (message: string) => Error)(message);

describe('toDedupError', () => {
  it('a refused or lost connection is a retryable DEDUP_UNAVAILABLE naming the command and key', () => {
    const cause = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    const error = toDedupError('EXISTS', 'story:1', cause);
    expect(error).toMatchObject({ code: ErrorCode.DedupUnavailable, retryable: true });
    expect(error.cause).toBe(cause);
    expect(error.message).toBe('redis EXISTS "story:1" failed: connect ECONNREFUSED 127.0.0.1:1');
  });

  it('used-up reconnect attempts and command timeouts are retryable', () => {
    const exhausted = Object.assign(new Error('Reached the max retries per request limit (which is 2).'), {
      name: 'MaxRetriesPerRequestError',
    });
    expect(toDedupError('SET', 'k', exhausted)).toMatchObject({ retryable: true });
    expect(toDedupError('SET', 'k', new Error('Command timed out'))).toMatchObject({ retryable: true });
  });

  it('a loading, busy or out-of-memory server is retryable', () => {
    for (const message of [
      'LOADING Redis is loading the dataset in memory',
      'BUSY script',
      'OOM command not allowed',
    ]) {
      expect(toDedupError('SET', 'k', reply(message))).toMatchObject({
        code: ErrorCode.DedupUnavailable,
        retryable: true,
      });
    }
  });

  it('an authentication or permission refusal is permanent and says what to fix', () => {
    const noauth = toDedupError('EXISTS', 'k', reply('NOAUTH Authentication required.'));
    expect(noauth).toMatchObject({ code: ErrorCode.DedupUnavailable, retryable: false });
    expect(noauth.message).toMatch(/password/);
    expect(toDedupError('EXISTS', 'k', reply('WRONGTYPE Operation against a key'))).toMatchObject({
      retryable: false,
    });
  });
});

describe('createRedisDedup', () => {
  it('is a redis store that connects only when used, and closes without having connected', async () => {
    const store = createRedisDedup({ url: 'redis://127.0.0.1:1' });
    expect(store.kind).toBe('redis');
    await store.close();
    await expect(store.seen('k')).rejects.toThrow(/closed/);
  });

  it('rejects a non-positive ttl before talking to Redis', async () => {
    const store = createRedisDedup({ url: 'redis://127.0.0.1:1' });
    for (const ttl of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      await expect(store.remember('k', ttl)).rejects.toMatchObject({ code: ErrorCode.Internal });
    }
    await store.close();
  });

  it('rejects a bad retry count at creation', () => {
    expect(() => createRedisDedup({ url: 'redis://127.0.0.1:1', maxRetriesPerRequest: -1 })).toThrow(
      /maxRetriesPerRequest/,
    );
  });
});
