// The Kafka adapter against a real broker: the same observable behaviour as the memory bus
// (placement, per-key order, groups, commits, redelivery, lag, resets, stop), plus what only
// Kafka has (the idempotent producer, kafkajs' logs in our logger, an unreachable broker).
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type KafkaMessage } from 'kafkajs';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { ErrorCode } from '@newswire/contracts';
import { createLogger, type Logger } from '@newswire/logger';
import type { ServerEnv, ServerPath } from '@newswire/testkit';
import {
  createKafkaBus,
  partitionForKey,
  type Batch,
  type BatchControl,
  type Bus,
  type BusMessage,
  type KafkaBusOptions,
} from '../src/index.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    servers: ServerEnv & { path: ServerPath };
  }
}

const servers = inject('servers');
const brokers = servers.KAFKA_BROKERS.split(',');

/** A pino logger whose JSON lines the test can read. */
const capturingLogger = (
  level: 'trace' | 'warn' = 'warn',
): { logger: Logger; lines: Record<string, unknown>[] } => {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({
    service: 'bus-test',
    level,
    pretty: false,
    destination: { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
  });
  return { logger, lines };
};

const names: string[] = [];
/** A topic or group name no other run uses. */
const unique = (what: string): string => {
  const name = `it-bus-${what}-${randomUUID().slice(0, 8)}`;
  names.push(name);
  return name;
};

const opened: Bus[] = [];
const makeBus = (overrides: Partial<KafkaBusOptions> = {}): Bus => {
  const bus = createKafkaBus({
    brokers,
    clientId: 'newswire-bus-test',
    defaultPartitions: 3,
    sessionTimeoutMs: 6000,
    logger: capturingLogger().logger,
    maxWaitTimeMs: 200,
    // These tests make their own topics; no need to touch the shared DLQ topic.
    dlqTopic: null,
    ...overrides,
  });
  opened.push(bus);
  return bus;
};

afterEach(async () => {
  await Promise.all(opened.splice(0).map((b) => b.close()));
});

afterAll(async () => {
  // Drop this run's topics so the shared broker does not collect them.
  const admin = new Kafka({
    brokers,
    clientId: 'newswire-bus-test-cleanup',
    logLevel: logLevel.NOTHING,
  }).admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const topics = names.filter((n) => existing.has(n));
    if (topics.length > 0) await admin.deleteTopics({ topics });
  } finally {
    await admin.disconnect();
  }
});

/** Fails (rather than hanging for the whole test timeout) when `promise` takes longer than `ms`. */
const within = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
};

const text = (m: BusMessage): string => m.value.toString('utf8');

/** Collects delivered messages and lets a test await "n messages so far". */
const collector = () => {
  const messages: BusMessage[] = [];
  const batches: Batch[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  const record = (batch: Batch): void => {
    batches.push(batch);
    messages.push(...batch.messages);
    for (const w of waiters.filter((x) => messages.length >= x.n)) w.resolve();
  };
  const atLeast = (n: number, ms = 30_000): Promise<void> => {
    if (messages.length >= n) return Promise.resolve();
    const { promise, resolve } = Promise.withResolvers<void>();
    waiters.push({ n, resolve });
    return within(promise, ms, `${n} messages (have ${messages.length})`);
  };
  return { messages, batches, record, atLeast };
};

const nextOffset = (batch: Batch): string => String(Number(batch.messages.at(-1)!.offset) + 1);

/** A handler that records and commits each batch. */
const committing = (c: ReturnType<typeof collector>) => async (batch: Batch, control: BatchControl) => {
  c.record(batch);
  await control.commit(nextOffset(batch));
};

const totalLag = async (bus: Bus, groupId: string, topic: string): Promise<number> =>
  (await bus.lag(groupId, topic)).reduce((n, p) => n + p.lag, 0);

describe('kafka bus: producing', () => {
  it('places keys like the memory bus (murmur2) and keeps each key in order across partitions and batches', async () => {
    const bus = makeBus({ batchSize: 7 });
    const topic = unique('order');
    await bus.ensureTopics([{ name: topic, partitions: 4 }]);
    const producer = await bus.producer();
    for (let v = 1; v <= 20; v++) {
      await producer.send(
        topic,
        Array.from({ length: 6 }, (_, k) => ({
          key: `story-${k}`,
          value: String(v),
          headers: { version: String(v) },
        })),
      );
    }
    const c = collector();
    await bus.consumer({ groupId: unique('g'), topics: [topic] }).run(committing(c));
    await c.atLeast(120);
    for (let k = 0; k < 6; k++) {
      const mine = c.messages.filter((m) => m.key === `story-${k}`);
      expect(mine.map((m) => Number(text(m)))).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect(new Set(mine.map((m) => m.partition))).toEqual(new Set([partitionForKey(`story-${k}`, 4)]));
      expect(mine.at(-1)!.headers).toEqual({ version: '20' });
    }
    // Offsets are dense from 0 in each partition, and no handler call got more than batchSize.
    for (let p = 0; p < 4; p++) {
      const offsets = c.messages.filter((m) => m.partition === p).map((m) => Number(m.offset));
      expect(offsets).toEqual(offsets.map((_, i) => i));
    }
    expect(Math.max(...c.batches.map((b) => b.messages.length))).toBeLessThanOrEqual(7);
    expect(Number(c.messages[0]!.timestamp)).toBeGreaterThan(1_600_000_000_000);
  });

  it('sends with an idempotent producer (producer id and sequence numbers on every record batch)', async () => {
    const { logger, lines } = capturingLogger('trace');
    const bus = makeBus({ logger });
    const topic = unique('idem');
    const producer = await bus.producer();
    await producer.send(topic, [
      { key: 'a', value: '1' },
      { key: 'a', value: '2' },
    ]);
    // Read the raw record batches with kafkajs itself: the port does not expose batch metadata.
    const raw = new Kafka({ brokers, clientId: 'newswire-bus-test-raw', logLevel: logLevel.NOTHING });
    const consumer = raw.consumer({ groupId: unique('raw'), maxWaitTimeInMs: 200 });
    const got: KafkaMessage[] = [];
    const { promise: two, resolve } = Promise.withResolvers<void>();
    await consumer.connect();
    try {
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      await consumer.run({
        eachMessage: async ({ message }) => {
          got.push(message);
          if (got.length === 2) resolve();
          await Promise.resolve();
        },
      });
      await within(two, 30_000, 'the raw records');
    } finally {
      await consumer.disconnect();
    }
    const context = (got[0] as KafkaMessage & { batchContext: { producerId: string; firstSequence: number } })
      .batchContext;
    expect(Number(context.producerId)).toBeGreaterThanOrEqual(0); // -1 without idempotence
    expect(context.firstSequence).toBeGreaterThanOrEqual(0);
    // kafkajs' own lines reach our logger: at trace, its per-request DEBUG lines, including the
    // InitProducerId request only an idempotent producer makes.
    const kafkajsLines = lines.filter((l) => l['lib'] === 'kafkajs');
    expect(kafkajsLines.some((l) => String(l['msg']).startsWith('Request InitProducerId'))).toBe(true);
    expect(
      kafkajsLines.every((l) => typeof (l['kafkajs'] as { namespace?: unknown }).namespace === 'string'),
    ).toBe(true);
  });

  it('creates a topic on first send with the default partition count, and ensureTopics leaves existing topics alone', async () => {
    const bus = makeBus({ defaultPartitions: 5, dlqTopic: unique('dlq') });
    const topic = unique('auto');
    const producer = await bus.producer();
    await producer.send(topic, [{ key: 'k', value: 'v' }]);
    expect(await bus.lag('nobody', topic)).toHaveLength(5);
    const other = unique('ensure');
    await bus.ensureTopics([{ name: other, partitions: 2 }]);
    await bus.ensureTopics([
      { name: other, partitions: 6 },
      { name: topic, partitions: 1 },
    ]);
    expect(await bus.lag('nobody', other)).toHaveLength(2);
    expect(await bus.lag('nobody', topic)).toHaveLength(5);
  });

  it('carries a story-sized message (6 MB, beyond the 1 MiB broker default) through topics it creates', async () => {
    const bus = makeBus();
    const topic = unique('big');
    await bus.ensureTopics([{ name: topic, partitions: 1 }]);
    const producer = await bus.producer();
    const big = Buffer.alloc(6 * 1024 * 1024, 0x61);
    await producer.send(topic, [
      { key: 'big', value: big },
      { key: 'small', value: 'after' },
    ]);
    const c = collector();
    await bus.consumer({ groupId: unique('g'), topics: [topic] }).run(committing(c));
    await c.atLeast(2);
    expect(c.messages[0]!.value.equals(big)).toBe(true);
    expect(text(c.messages[1]!)).toBe('after');
  });

  it('ensureTopics also creates the DLQ topic', async () => {
    const dlq = unique('dlq');
    const bus = makeBus({ dlqTopic: dlq, defaultPartitions: 2 });
    await bus.ensureTopics([{ name: unique('main') }]);
    expect(await bus.lag('nobody', dlq)).toHaveLength(2);
  });

  it('rejects a bad topic name or message before sending anything', async () => {
    const bus = makeBus();
    const topic = unique('bad');
    const producer = await bus.producer();
    await expect(producer.send('bad/topic', [{ key: null, value: 'x' }])).rejects.toMatchObject({
      code: ErrorCode.Internal,
    });
    await expect(
      producer.send(topic, [
        { key: 'a', value: 'ok' },
        { key: 'b', value: 42 as unknown as string },
      ]),
    ).rejects.toThrow(/Buffer or string/);
    expect(await bus.lag('nobody', topic)).toEqual([]);
    await producer.close();
    await expect(producer.send(topic, [{ key: null, value: 'x' }])).rejects.toThrow(/closed/);
  });

  it('fails with a retryable BUS_UNAVAILABLE when no broker answers', async () => {
    const bus = makeBus({ brokers: ['127.0.0.1:1'], retries: 0, connectionTimeoutMs: 500 });
    const error = await bus.producer().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: ErrorCode.BusUnavailable, retryable: true });
    await expect(bus.ensureTopics([{ name: unique('x') }])).rejects.toMatchObject({
      code: ErrorCode.BusUnavailable,
      retryable: true,
    });
  });
});

describe('kafka bus: consuming', () => {
  it('shares a topic between two members of a group: each partition goes to one member', async () => {
    const bus = makeBus();
    const topic = unique('share');
    const groupId = unique('g');
    await bus.ensureTopics([{ name: topic, partitions: 4 }]);
    const a = collector();
    const b = collector();
    await bus.consumer({ groupId, topics: [topic] }).run(committing(a));
    // Resolves once the group has rebalanced with both members.
    await bus.consumer({ groupId, topics: [topic] }).run(committing(b));
    const producer = await bus.producer();
    const keys = Array.from({ length: 24 }, (_, i) => `story-${i}`);
    await producer.send(
      topic,
      keys.map((key) => ({ key, value: key })),
    );
    await within(
      (async () => {
        while (a.messages.length + b.messages.length < keys.length)
          await Promise.race([a.atLeast(a.messages.length + 1), b.atLeast(b.messages.length + 1)]);
      })(),
      30_000,
      'all messages over both members',
    );
    expect([...a.messages, ...b.messages].map(text).sort()).toEqual([...keys].sort());
    expect(a.messages.length).toBeGreaterThan(0);
    expect(b.messages.length).toBeGreaterThan(0);
    const partitionsOf = (c: ReturnType<typeof collector>) => new Set(c.messages.map((m) => m.partition));
    expect([...partitionsOf(a)].filter((p) => partitionsOf(b).has(p))).toEqual([]);
    expect(await totalLag(bus, groupId, topic)).toBe(0);
  });

  it('redelivers what a stopped member did not commit to the next member, and lag reports it', async () => {
    const bus = makeBus();
    const topic = unique('redeliver');
    const groupId = unique('g');
    await bus.ensureTopics([{ name: topic, partitions: 1 }]);
    const producer = await bus.producer();
    await producer.send(
      topic,
      Array.from({ length: 6 }, (_, i) => ({ key: 'k', value: `m${i}` })),
    );
    const first = collector();
    const consumer = bus.consumer({ groupId, topics: [topic] });
    await consumer.run(async (batch, control) => {
      first.record(batch);
      await control.commit('3'); // m0..m2 done, m3..m5 not
    });
    await first.atLeast(6);
    await consumer.stop();
    expect(await bus.lag(groupId, topic)).toEqual([{ partition: 0, committed: '3', end: '6', lag: 3 }]);

    const second = collector();
    await bus.consumer({ groupId, topics: [topic] }).run(committing(second));
    await second.atLeast(3);
    expect(second.messages.map(text)).toEqual(['m3', 'm4', 'm5']);
    expect(second.messages[0]!.offset).toBe('3');
  });

  it('moves past a delivered batch without committing it, and commit rejects bad offsets', async () => {
    const bus = makeBus();
    const topic = unique('nocommit');
    const groupId = unique('g');
    await bus.ensureTopics([{ name: topic, partitions: 1 }]);
    const producer = await bus.producer();
    await producer.send(topic, [{ key: 'k', value: 'one' }]);
    const c = collector();
    const problems: unknown[] = [];
    const consumer = bus.consumer({ groupId, topics: [topic] });
    await consumer.run(async (batch, control) => {
      for (const bad of ['-1', 'x', '999']) await control.commit(bad).catch((e: unknown) => problems.push(e));
      c.record(batch);
    });
    await c.atLeast(1);
    await producer.send(topic, [{ key: 'k', value: 'two' }]);
    await c.atLeast(2);
    // Delivered once each (not re-fetched in a loop), and nothing committed.
    expect(c.messages.map(text)).toEqual(['one', 'two']);
    expect(problems).toHaveLength(6);
    expect(problems.every((e) => (e as { code?: unknown }).code === ErrorCode.Internal)).toBe(true);
    await consumer.stop();
    expect(await bus.lag(groupId, topic)).toEqual([{ partition: 0, committed: null, end: '2', lag: 2 }]);
  });

  it('resets a group to earliest or latest with real offsets, only while the group is empty', async () => {
    const bus = makeBus();
    const topic = unique('reset');
    const groupId = unique('g');
    await bus.ensureTopics([{ name: topic, partitions: 2 }]);
    const producer = await bus.producer();
    await producer.send(
      topic,
      ['a', 'b', 'c', 'd', 'e', 'f'].map((key) => ({ key, value: `old-${key}` })),
    );
    const c = collector();
    const consumer = bus.consumer({ groupId, topics: [topic] });
    await consumer.run(committing(c));
    await c.atLeast(6);
    expect(await totalLag(bus, groupId, topic)).toBe(0);
    await expect(bus.resetOffsets(groupId, topic, 'earliest')).rejects.toThrow(/running member/);
    await consumer.stop();

    await bus.resetOffsets(groupId, topic, 'earliest');
    const lag = await bus.lag(groupId, topic);
    expect(lag.map((p) => p.committed)).toEqual(['0', '0']);
    expect(lag.reduce((n, p) => n + p.lag, 0)).toBe(6);
    // fromBeginning: false would start at the end without a commit: getting all six back shows
    // the reset committed real offsets, not a "no commit" marker.
    const again = collector();
    const replay = bus.consumer({ groupId, topics: [topic], fromBeginning: false });
    await replay.run(committing(again));
    await again.atLeast(6);
    await replay.stop();

    await bus.resetOffsets(groupId, topic, 'latest');
    expect(await totalLag(bus, groupId, topic)).toBe(0);
    const after = collector();
    await bus.consumer({ groupId, topics: [topic], fromBeginning: true }).run(committing(after));
    await producer.send(topic, [{ key: 'a', value: 'new-a' }]);
    await after.atLeast(1);
    expect(after.messages.map(text)).toEqual(['new-a']);

    await expect(bus.resetOffsets(groupId, unique('missing'), 'earliest')).rejects.toThrow(/unknown topic/);
    expect(await bus.lag(groupId, unique('missing'))).toEqual([]);
  });

  it('starts a group without commits at the end when fromBeginning is false, and still sees what is sent after run()', async () => {
    const bus = makeBus();
    const topic = unique('latest');
    await bus.ensureTopics([{ name: topic, partitions: 1 }]);
    const producer = await bus.producer();
    await producer.send(topic, [{ key: 'k', value: 'before' }]);
    const c = collector();
    await bus.consumer({ groupId: unique('g'), topics: [topic], fromBeginning: false }).run(committing(c));
    await producer.send(topic, [{ key: 'k', value: 'after' }]);
    await c.atLeast(1);
    expect(c.messages.map(text)).toEqual(['after']);
  });

  it('stop() waits for the batch in flight, whose commit still lands', async () => {
    const bus = makeBus();
    const topic = unique('stop');
    const groupId = unique('g');
    await bus.ensureTopics([{ name: topic, partitions: 1 }]);
    const producer = await bus.producer();
    await producer.send(topic, [
      { key: 'k', value: '1' },
      { key: 'k', value: '2' },
    ]);
    const started = Promise.withResolvers<BatchControl>();
    const release = Promise.withResolvers<void>();
    const events: string[] = [];
    const consumer = bus.consumer({ groupId, topics: [topic] });
    await consumer.run(async (batch, control) => {
      started.resolve(control);
      await release.promise;
      events.push(`handler done, running=${control.isRunning()}`);
      await control.commit(nextOffset(batch));
      events.push('committed');
    });
    const control = await within(started.promise, 30_000, 'the first batch');
    expect(control.isRunning()).toBe(true);
    const stopped = consumer.stop().then(() => events.push('stopped'));
    await Promise.resolve();
    expect(control.isRunning()).toBe(false);
    release.resolve();
    await within(stopped, 30_000, 'stop()');
    expect(events).toEqual(['handler done, running=false', 'committed', 'stopped']);
    expect(await bus.lag(groupId, topic)).toEqual([{ partition: 0, committed: '2', end: '2', lag: 0 }]);
  });

  it('stop() called from inside a handler resolves (no deadlock) and the handler can still commit', async () => {
    const bus = makeBus({ batchSize: 2 });
    const topic = unique('selfstop');
    const groupId = unique('g');
    await bus.ensureTopics([{ name: topic, partitions: 1 }]);
    const producer = await bus.producer();
    await producer.send(
      topic,
      ['1', '2', '3', '4'].map((value) => ({ key: 'k', value })),
    );
    const c = collector();
    const done = Promise.withResolvers<void>();
    const consumer = bus.consumer({ groupId, topics: [topic] });
    await consumer.run(async (batch, control) => {
      c.record(batch);
      await consumer.stop();
      expect(control.isRunning()).toBe(false);
      await control.commit(nextOffset(batch));
      done.resolve();
    });
    await within(done.promise, 30_000, 'the handler to stop its own consumer');
    await within(consumer.stop(), 30_000, 'the member to leave');
    // Only the first chunk of two was handed over; the second was never delivered.
    expect(c.messages.map(text)).toEqual(['1', '2']);
    expect(await bus.lag(groupId, topic)).toEqual([{ partition: 0, committed: '2', end: '4', lag: 2 }]);
  });

  it('a handler that throws stops its member (onError is told) and the message goes to the next member', async () => {
    const errors: { error: unknown; context: unknown }[] = [];
    const failed = Promise.withResolvers<void>();
    const bus = makeBus({
      onError: (error, context) => {
        errors.push({ error, context });
        failed.resolve();
      },
    });
    const topic = unique('throw');
    const groupId = unique('g');
    await bus.ensureTopics([{ name: topic, partitions: 1 }]);
    const producer = await bus.producer();
    await producer.send(topic, [{ key: 'k', value: 'poison?' }]);
    const bad = bus.consumer({ groupId, topics: [topic] });
    await bad.run(() => Promise.reject(new Error('handler bug')));
    await within(failed.promise, 30_000, 'onError');
    await bad.stop(); // already stopping: resolves once it has left the group
    expect(errors[0]!.context).toEqual({ groupId, topic, partition: 0, firstOffset: '0', lastOffset: '0' });
    const c = collector();
    await bus.consumer({ groupId, topics: [topic] }).run(committing(c));
    await c.atLeast(1);
    expect(c.messages.map(text)).toEqual(['poison?']);
  });
});
