import { describe, expect, it } from 'vitest';
import { ErrorCode } from '@newswire/contracts';
import { createMemoryDedup } from '../src/index.ts';

const manualClock = (start = 1_000_000) => {
  let now = start;
  return { clock: () => now, advance: (ms: number) => void (now += ms) };
};

describe('createMemoryDedup', () => {
  it('reports a key as seen only after it is remembered', async () => {
    const dedup = createMemoryDedup();
    expect(dedup.kind).toBe('memory');
    expect(await dedup.seen('story-1:1:abc')).toBe(false);
    await dedup.remember('story-1:1:abc', 60_000);
    expect(await dedup.seen('story-1:1:abc')).toBe(true);
    expect(await dedup.seen('story-1:2:abc')).toBe(false);
  });

  it('forgets a key once its TTL has elapsed, on the injected clock', async () => {
    const t = manualClock();
    const dedup = createMemoryDedup({ clock: t.clock });
    await dedup.remember('k', 1000);
    t.advance(999);
    expect(await dedup.seen('k')).toBe(true);
    t.advance(1);
    expect(await dedup.seen('k')).toBe(false);
  });

  it('remembering again extends the TTL from now', async () => {
    const t = manualClock();
    const dedup = createMemoryDedup({ clock: t.clock });
    await dedup.remember('k', 1000);
    t.advance(800);
    await dedup.remember('k', 1000);
    t.advance(800);
    expect(await dedup.seen('k')).toBe(true);
    t.advance(200);
    expect(await dedup.seen('k')).toBe(false);
  });

  it('forget removes a key and is idempotent', async () => {
    const dedup = createMemoryDedup();
    await dedup.remember('k', 1000);
    await dedup.forget('k');
    await dedup.forget('k');
    await dedup.forget('never-remembered');
    expect(await dedup.seen('k')).toBe(false);
  });

  it('keeps unexpired keys through the sweep of many expired ones', async () => {
    const t = manualClock();
    const dedup = createMemoryDedup({ clock: t.clock });
    await dedup.remember('long-lived', 1_000_000);
    for (let i = 0; i < 5000; i++) await dedup.remember(`short-${i}`, 10);
    t.advance(100);
    for (let i = 0; i < 5000; i++) await dedup.remember(`next-${i}`, 10);
    expect(await dedup.seen('long-lived')).toBe(true);
    expect(await dedup.seen('short-1')).toBe(false);
    expect(await dedup.seen('next-4999')).toBe(true);
  });

  it('rejects a non-positive or non-finite TTL as a rejected promise, not a throw', async () => {
    const dedup = createMemoryDedup();
    for (const ttl of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const result = dedup.remember('k', ttl);
      await expect(result).rejects.toMatchObject({ code: ErrorCode.Internal, retryable: false });
    }
    expect(await dedup.seen('k')).toBe(false);
  });

  it('refuses use after close', async () => {
    const dedup = createMemoryDedup();
    await dedup.remember('k', 1000);
    await dedup.close();
    await expect(dedup.seen('k')).rejects.toThrow(/closed/);
    await expect(dedup.remember('k', 1000)).rejects.toThrow(/closed/);
  });
});
