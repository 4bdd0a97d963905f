// The Redis DedupStore against a real redis-server: the memory store's behaviour, keys Redis
// expires by itself, and a retryable error when Redis cannot be reached.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { ErrorCode } from '@newswire/contracts';
import type { ServerEnv, ServerPath } from '@newswire/testkit';
import { createRedisDedup, type DedupStore, type RedisDedupOptions } from '../src/index.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    servers: ServerEnv & { path: ServerPath };
  }
}

const servers = inject('servers');
/** Looks at what the store wrote, straight in Redis. */
const raw = new Redis(servers.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });

const stores: DedupStore[] = [];
const prefixes: string[] = [];
/** A store whose keys live under a prefix no other run uses. */
const makeStore = (overrides: Partial<RedisDedupOptions> = {}): { store: DedupStore; prefix: string } => {
  const prefix = `it-dedup-${randomUUID().slice(0, 8)}:`;
  prefixes.push(prefix);
  const store = createRedisDedup({ url: servers.REDIS_URL, keyPrefix: prefix, ...overrides });
  stores.push(store);
  return { store, prefix };
};

afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
});

afterAll(async () => {
  for (const prefix of prefixes) {
    const keys = await raw.keys(`${prefix}*`);
    if (keys.length > 0) await raw.del(...keys);
  }
  await raw.quit();
});

describe('redis dedup', () => {
  it('remembers a key until it is forgotten, under the key prefix', async () => {
    const { store, prefix } = makeStore();
    const key = 'story:urn:newsml:example.com:20260102:abc:3:sha256-0f';
    expect(await store.seen(key)).toBe(false);
    await store.remember(key, 60_000);
    expect(await store.seen(key)).toBe(true);
    expect(await raw.get(`${prefix}${key}`)).toBe('1');
    expect(await store.seen('story:other')).toBe(false);
    await store.forget(key);
    expect(await store.seen(key)).toBe(false);
    expect(await raw.exists(`${prefix}${key}`)).toBe(0);
    await store.forget(key); // forgetting a key that is not there is fine
  });

  it('remember sets (and a second remember renews) the expiry in milliseconds', async () => {
    const { store, prefix } = makeStore();
    await store.remember('k', 5_000);
    const first = await raw.pttl(`${prefix}k`);
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(5_000);
    await store.remember('k', 600_000);
    expect(await raw.pttl(`${prefix}k`)).toBeGreaterThan(5_000);
    // A fractional ttl rounds up to whole milliseconds rather than being refused.
    await store.remember('f', 1500.2);
    expect(await raw.pttl(`${prefix}f`)).toBeLessThanOrEqual(1501);
  });

  it('forgets a key once its ttl has passed (Redis expires it)', async () => {
    const { store, prefix } = makeStore();
    await store.remember('short', 150);
    await store.remember('long', 60_000);
    expect(await store.seen('short')).toBe(true);
    // Poll Redis's own countdown until it reports the key gone (-2), rather than guessing a sleep.
    let polls = 0;
    while ((await raw.pttl(`${prefix}short`)) !== -2) polls++;
    expect(polls).toBeGreaterThan(0);
    expect(await store.seen('short')).toBe(false);
    expect(await store.seen('long')).toBe(true);
  });

  it('keeps stores with different prefixes apart', async () => {
    const a = makeStore().store;
    const b = makeStore().store;
    await a.remember('same-key', 60_000);
    expect(await a.seen('same-key')).toBe(true);
    expect(await b.seen('same-key')).toBe(false);
  });

  it('answers many concurrent calls', async () => {
    const { store } = makeStore();
    const keys = Array.from({ length: 200 }, (_, i) => `k${i}`);
    await Promise.all(keys.map((k) => store.remember(k, 60_000)));
    const seen = await Promise.all([...keys, 'missing'].map((k) => store.seen(k)));
    expect(seen.filter(Boolean)).toHaveLength(200);
    expect(seen.at(-1)).toBe(false);
  });

  it('fails with a retryable DEDUP_UNAVAILABLE when Redis cannot be reached, and still closes', async () => {
    const store = createRedisDedup({
      url: 'redis://127.0.0.1:1',
      maxRetriesPerRequest: 1,
      connectTimeoutMs: 500,
    });
    stores.push(store);
    for (const call of [() => store.seen('k'), () => store.remember('k', 1000), () => store.forget('k')]) {
      const error = await call().then(
        () => null,
        (e: unknown) => e as Error & { code: string; retryable: boolean },
      );
      expect(error).toMatchObject({ code: ErrorCode.DedupUnavailable, retryable: true });
      expect(error!.message).toMatch(/^redis (EXISTS|SET|DEL) "k" failed/);
    }
    await store.close();
  });

  it('a wrong user or password is a permanent error that says what to check', async () => {
    const url = new URL(servers.REDIS_URL);
    url.username = 'nobody';
    url.password = 'wrong';
    const store = createRedisDedup({ url: url.toString(), maxRetriesPerRequest: 0 });
    stores.push(store);
    const error = await store.seen('k').then(
      () => null,
      (e: unknown) => e as Error & { code: string; retryable: boolean },
    );
    expect(error).toMatchObject({ code: ErrorCode.DedupUnavailable, retryable: false });
    expect(error!.message).toMatch(/WRONGPASS .*check the Redis user and password/);
  });
});
