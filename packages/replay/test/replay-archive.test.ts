import { createMemoryBus } from '@newswire/bus';
import type { Bus, BusMessage } from '@newswire/bus';
import { RawStory, SCHEMA_VERSION, rawKey } from '@newswire/contracts';
import { createMemoryStore } from '@newswire/storage';
import { describe, expect, it } from 'vitest';
import { REPLAY_ATTRIBUTE, replayArchive } from '../src/index.ts';

const raw = (n: number): RawStory =>
  RawStory.parse({
    schemaVersion: SCHEMA_VERSION,
    id: `r${n}`,
    source: 'test',
    receivedAt: `2026-0${n}-01T00:00:00Z`,
    payload: `Story number ${n}.`,
    payloadEncoding: 'utf8',
    payloadSha256: String(n)
      .repeat(64)
      .slice(0, 64)
      .replace(/[^0-9]/gu, '0'),
    attributes: { filename: `${n}.txt` },
  });

const readAll = async (bus: Bus, topic: string, n: number): Promise<BusMessage[]> => {
  const got: BusMessage[] = [];
  const consumer = bus.consumer({ groupId: 'reader', topics: [topic] });
  await new Promise<void>((resolve) => {
    void consumer.run((batch) => {
      got.push(...batch.messages);
      if (got.length >= n) resolve();
      return Promise.resolve();
    });
  });
  await consumer.stop();
  return got;
};

describe('replayArchive', () => {
  it('re-produces every archived raw story under the prefix, marked as a replay, and reports unreadable objects', async () => {
    const store = createMemoryStore();
    const bus = createMemoryBus();
    for (const n of [1, 2, 3]) await store.put(rawKey(raw(n)), JSON.stringify(raw(n)));
    await store.put('raw/2026/02/01/test/junk/0.json', '{"not":"a raw story"}');
    const producer = await bus.producer();
    const progress: number[] = [];

    const result = await replayArchive({
      store,
      producer,
      prefix: 'raw/2026/0',
      replayId: 'r-1',
      batchSize: 2,
      onProgress: (p) => void progress.push(p.replayed),
    });

    expect(result).toMatchObject({ listed: 4, replayed: 3, unreadable: 1 });
    expect(result.unreadableKeys).toEqual(['raw/2026/02/01/test/junk/0.json']);
    expect(progress).toEqual([2, 3]);
    const messages = await readAll(bus, 'wire.raw', 3);
    const replayed = messages.map((m) => RawStory.parse(JSON.parse(m.value.toString('utf8'))));
    expect(replayed.map((r) => r.id).sort()).toEqual(['r1', 'r2', 'r3']);
    for (const r of replayed) {
      expect(r.attributes[REPLAY_ATTRIBUTE]).toBe('r-1');
      expect(r.attributes['filename']).toBe(`${r.id.slice(1)}.txt`);
      expect(r.payload).toBe(`Story number ${r.id.slice(1)}.`);
    }
  });

  it('replays only what the prefix selects, and refuses a prefix outside raw/', async () => {
    const store = createMemoryStore();
    const bus = createMemoryBus();
    for (const n of [1, 2]) await store.put(rawKey(raw(n)), JSON.stringify(raw(n)));
    const producer = await bus.producer();
    const result = await replayArchive({ store, producer, prefix: 'raw/2026/02/', replayId: 'x' });
    expect(result.replayed).toBe(1);
    await expect(replayArchive({ store, producer, prefix: 'enriched/', replayId: 'x' })).rejects.toThrow(
      /raw\//u,
    );
  });
});
