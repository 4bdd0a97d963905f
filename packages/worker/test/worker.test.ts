import { createMemoryBus } from '@newswire/bus';
import type { Bus, BusMessage } from '@newswire/bus';
import { DeadLetter, ErrorCode, NewswireError, StageName, decodeMessage } from '@newswire/contracts';
import { createLogger } from '@newswire/logger';
import { describe, expect, it } from 'vitest';
import { createWorker } from '../src/index.ts';
import type { ProcessedEvent, Stage } from '../src/index.ts';

const logger = createLogger({ service: 'worker-test', level: 'silent' });

/** Reads everything currently on a topic with a throwaway group. */
const drainTopic = async (bus: Bus, topic: string): Promise<BusMessage[]> => {
  const got: BusMessage[] = [];
  const lag = await bus.lag(`peek-${Math.random()}`, topic);
  const total = lag.reduce((n, p) => n + Number(p.end), 0);
  if (total === 0) return got;
  const consumer = bus.consumer({ groupId: `peek-${Math.random()}`, topics: [topic] });
  await new Promise<void>((resolve) => {
    void consumer.run(async (batch) => {
      got.push(...batch.messages);
      if (got.length >= total) resolve();
      return Promise.resolve();
    });
  });
  await consumer.stop();
  return got;
};

/** Resolves once `n` messages were handled (by outcome), from the worker's own events. */
const processedCounter = () => {
  const events: ProcessedEvent[] = [];
  const waiters: Array<{ n: number; resolve: () => void }> = [];
  return {
    events,
    onProcessed: (event: ProcessedEvent): void => {
      events.push(event);
      for (const w of waiters.filter((w) => events.length >= w.n)) w.resolve();
    },
    until(n: number): Promise<void> {
      return events.length >= n ? Promise.resolve() : new Promise((resolve) => waiters.push({ n, resolve }));
    },
  };
};

const upperStage = (behaviour: (text: string, attempt: number) => void = () => undefined): Stage<string> => ({
  name: StageName.Enricher,
  version: 'test',
  inputTopic: 'in',
  decode: (m) => {
    const text = m.value.toString('utf8');
    if (text.startsWith('!')) throw new NewswireError(ErrorCode.InvalidMessage, `cannot read '${text}'`);
    return text;
  },
  describe: (text) => ({ storyId: text }),
  handle: (text, { attempt }) => {
    behaviour(text, attempt);
    return Promise.resolve([{ topic: 'out', key: text, value: text.toUpperCase() }]);
  },
});

/** A memory bus whose batch controls fail as told: the commit and heartbeat faults Kafka gives under load. */
const faultyControlBus = (faults: {
  commit?: (offset: string) => NewswireError | null;
  heartbeat?: () => NewswireError | null;
}): { bus: Bus; inner: Bus } => {
  const inner = createMemoryBus({ defaultPartitions: 1 });
  const bus: Bus = {
    ...inner,
    kind: inner.kind,
    ensureTopics: (t) => inner.ensureTopics(t),
    producer: () => inner.producer(),
    lag: (g, t) => inner.lag(g, t),
    resetOffsets: (g, t, to) => inner.resetOffsets(g, t, to),
    close: () => inner.close(),
    consumer: (o) => {
      const real = inner.consumer(o);
      return {
        stop: () => real.stop(),
        run: (handler) =>
          real.run((batch, control) =>
            handler(batch, {
              isRunning: () => control.isRunning(),
              commit: (offset) => {
                const error = faults.commit?.(offset) ?? null;
                return error ? Promise.reject(error) : control.commit(offset);
              },
              heartbeat: () => {
                const error = faults.heartbeat?.() ?? null;
                return error ? Promise.reject(error) : control.heartbeat();
              },
            }),
          ),
      };
    },
  };
  return { bus, inner };
};

/** Rejects when `promise` takes longer than `ms`: a stopped consumer must fail a test, not hang it. */
const within = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms)),
  ]);

describe('worker runtime', () => {
  it('consumes, produces the stage output and commits', async () => {
    const bus = createMemoryBus();
    const counter = processedCounter();
    const worker = createWorker({ bus, stage: upperStage(), logger, onProcessed: counter.onProcessed });
    await worker.start();
    const producer = await bus.producer();
    await producer.send(
      'in',
      ['a', 'b', 'c'].map((v) => ({ key: v, value: v })),
    );
    await counter.until(3);
    await worker.stop();
    const out = await drainTopic(bus, 'out');
    expect(out.map((m) => m.value.toString()).sort()).toEqual(['A', 'B', 'C']);
    const lag = await bus.lag('newswire.enricher', 'in');
    expect(lag.reduce((n, p) => n + p.lag, 0)).toBe(0);
    expect(worker.metrics()).toMatchObject({ processed: 3, produced: 3, deadLettered: 0, state: 'stopped' });
  });

  it('sends unreadable input to the DLQ with its reason and original bytes, and keeps going', async () => {
    const bus = createMemoryBus({ defaultPartitions: 1 });
    const counter = processedCounter();
    const worker = createWorker({ bus, stage: upperStage(), logger, onProcessed: counter.onProcessed });
    await worker.start();
    const producer = await bus.producer();
    await producer.send('in', [
      { key: 'k', value: 'fine' },
      { key: 'k', value: '!broken' },
      { key: 'k', value: 'also fine' },
    ]);
    await counter.until(3);
    await worker.stop();
    const [letter, ...rest] = await drainTopic(bus, 'wire.dlq');
    expect(rest).toHaveLength(0);
    const parsed = decodeMessage(DeadLetter, letter!.value, 'dead letter');
    expect(parsed).toMatchObject({
      stage: 'enricher',
      code: 'INVALID_MESSAGE',
      retryable: false,
      attempts: 1,
    });
    expect(parsed.message).toContain("cannot read '!broken'");
    expect(Buffer.from(parsed.original, 'base64').toString()).toBe('!broken');
    expect((await drainTopic(bus, 'out')).map((m) => m.value.toString())).toEqual(['FINE', 'ALSO FINE']);
  });

  it('retries a retryable failure with backoff, then succeeds', async () => {
    const bus = createMemoryBus();
    const counter = processedCounter();
    const stage = upperStage((_text, attempt) => {
      if (attempt < 3) throw new NewswireError(ErrorCode.StoreUnavailable, 'store down');
    });
    const worker = createWorker({
      bus,
      stage,
      logger,
      retryBaseMs: 1,
      retryMaxMs: 2,
      onProcessed: counter.onProcessed,
    });
    await worker.start();
    await (await bus.producer()).send('in', [{ key: 'x', value: 'x' }]);
    await counter.until(1);
    await worker.stop();
    expect(worker.metrics()).toMatchObject({ retries: 2, deadLettered: 0, produced: 1 });
  });

  it('dead-letters a retryable failure once its attempts are used up, marked retryable', async () => {
    const bus = createMemoryBus();
    const counter = processedCounter();
    const stage = upperStage(() => {
      throw new NewswireError(ErrorCode.StoreUnavailable, 'store down for good');
    });
    const worker = createWorker({
      bus,
      stage,
      logger,
      maxAttempts: 3,
      retryBaseMs: 1,
      retryMaxMs: 1,
      onProcessed: counter.onProcessed,
    });
    await worker.start();
    await (await bus.producer()).send('in', [{ key: 'x', value: 'x' }]);
    await counter.until(1);
    await worker.stop();
    const [letter] = await drainTopic(bus, 'wire.dlq');
    expect(decodeMessage(DeadLetter, letter!.value, 'dead letter')).toMatchObject({
      code: 'STORE_UNAVAILABLE',
      retryable: true,
      attempts: 3,
    });
  });

  it('turns an unexpected throw into an INTERNAL dead letter instead of crashing', async () => {
    const bus = createMemoryBus();
    const counter = processedCounter();
    const stage = upperStage(() => {
      throw new TypeError('boom');
    });
    const worker = createWorker({ bus, stage, logger, onProcessed: counter.onProcessed });
    await worker.start();
    await (await bus.producer()).send('in', [{ key: 'x', value: 'x' }]);
    await counter.until(1);
    await worker.stop();
    expect(counter.events[0]?.error?.code).toBe('INTERNAL');
    expect(worker.state()).toBe('stopped');
  });

  it('runs afterProduced hooks only after the outputs are on the bus', async () => {
    const bus = createMemoryBus();
    const seenOnBus: number[] = [];
    let resolveHook: () => void = () => undefined;
    const hookRan = new Promise<void>((r) => (resolveHook = r));
    const stage: Stage<string> = {
      ...upperStage(),
      async afterProduced() {
        seenOnBus.push((await bus.lag('nobody', 'out')).reduce((n, p) => n + Number(p.end), 0));
        resolveHook();
      },
    };
    const worker = createWorker({ bus, stage, logger });
    await worker.start();
    await (await bus.producer()).send('in', [{ key: 'x', value: 'x' }]);
    await hookRan;
    await worker.stop();
    expect(seenOnBus).toEqual([1]);
  });

  it('drains on stop: the batch in flight finishes and is committed, nothing is redelivered', async () => {
    const bus = createMemoryBus({ defaultPartitions: 1 });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    let entered: () => void = () => undefined;
    const inHandler = new Promise<void>((r) => (entered = r));
    const stage: Stage<string> = {
      ...upperStage(),
      async handle(text) {
        entered();
        await gate;
        return [{ topic: 'out', key: text, value: text }];
      },
    };
    const worker = createWorker({ bus, stage, logger });
    await worker.start();
    await (await bus.producer()).send('in', [{ key: 'k', value: 'slow' }]);
    await inHandler;
    const stopping = worker.stop();
    expect(worker.state()).toBe('draining');
    release();
    await stopping;
    expect(worker.state()).toBe('stopped');
    expect((await drainTopic(bus, 'out')).map((m) => m.value.toString())).toEqual(['slow']);
    expect((await bus.lag('newswire.enricher', 'in'))[0]?.lag).toBe(0);
  });

  it('dead-letters the input whose output the bus refuses for good, produces the rest, and moves on', async () => {
    const inner = createMemoryBus({ defaultPartitions: 1 });
    // A bus that refuses any message carrying HUGE, as Kafka refuses one above max.message.bytes.
    const bus: Bus = {
      ...inner,
      kind: inner.kind,
      ensureTopics: (t) => inner.ensureTopics(t),
      consumer: (o) => inner.consumer(o),
      lag: (g, t) => inner.lag(g, t),
      resetOffsets: (g, t, to) => inner.resetOffsets(g, t, to),
      close: () => inner.close(),
      producer: async () => {
        const real = await inner.producer();
        return {
          close: () => real.close(),
          send: (topic, messages) =>
            messages.some((m) => String(m.value).includes('HUGE'))
              ? Promise.reject(new NewswireError(ErrorCode.TooLarge, 'message too large for the topic'))
              : real.send(topic, messages),
        };
      },
    };
    const counter = processedCounter();
    const worker = createWorker({ bus, stage: upperStage(), logger, onProcessed: counter.onProcessed });
    await worker.start();
    await (
      await inner.producer()
    ).send('in', [
      { key: 'k', value: 'small' },
      { key: 'k', value: 'huge' },
      { key: 'k', value: 'tiny' },
    ]);
    await counter.until(3);
    await worker.stop();
    expect((await drainTopic(inner, 'out')).map((m) => m.value.toString())).toEqual(['SMALL', 'TINY']);
    const [letter] = await drainTopic(inner, 'wire.dlq');
    const parsed = decodeMessage(DeadLetter, letter!.value, 'dead letter');
    expect(parsed).toMatchObject({ code: 'TOO_LARGE', retryable: false, stage: 'enricher' });
    expect(parsed.message).toContain('refused by the bus');
    expect(Buffer.from(parsed.original, 'base64').toString()).toBe('huge');
    expect((await inner.lag('newswire.enricher', 'in'))[0]?.lag).toBe(0);
  });

  it('retries a commit the broker did not take, and keeps consuming the partition', async () => {
    let failures = 0;
    const { bus, inner } = faultyControlBus({
      commit: () =>
        failures++ < 2
          ? new NewswireError(ErrorCode.BusUnavailable, 'kafka commit failed: request timed out')
          : null,
    });
    const counter = processedCounter();
    const worker = createWorker({
      bus,
      stage: upperStage(),
      logger,
      retryBaseMs: 1,
      retryMaxMs: 2,
      onProcessed: counter.onProcessed,
    });
    await worker.start();
    const producer = await inner.producer();
    await producer.send('in', [{ key: 'k', value: 'first' }]);
    await within(counter.until(1), 5_000, 'first message');
    await producer.send('in', [{ key: 'k', value: 'second' }]);
    await within(counter.until(2), 5_000, 'message sent after the failed commits');
    await worker.stop();
    expect(failures).toBeGreaterThanOrEqual(3);
    expect((await inner.lag('newswire.enricher', 'in'))[0]?.lag).toBe(0);
    expect(worker.metrics()).toMatchObject({ processed: 2, produced: 2, retries: 2 });
    expect(worker.metrics().lastError).toContain('request timed out');
  });

  it('leaves the batch for the next owner when the commit is refused for good, and keeps consuming', async () => {
    let refused = 0;
    const { bus, inner } = faultyControlBus({
      commit: (offset) =>
        offset === '1' && refused++ === 0
          ? new NewswireError(ErrorCode.BusUnavailable, 'commit rejected: no longer assigned', {
              retryable: false,
            })
          : null,
    });
    const counter = processedCounter();
    const worker = createWorker({ bus, stage: upperStage(), logger, onProcessed: counter.onProcessed });
    await worker.start();
    const producer = await inner.producer();
    await producer.send('in', [{ key: 'k', value: 'one' }]);
    await within(counter.until(1), 5_000, 'first message');
    await producer.send('in', [{ key: 'k', value: 'two' }]);
    await within(counter.until(2), 5_000, 'message after the refused commit');
    await worker.stop();
    expect(refused).toBe(1);
    // The later commit covers the earlier offset: nothing is left unread.
    expect((await inner.lag('newswire.enricher', 'in'))[0]?.lag).toBe(0);
  });

  it('goes on with the batch when a heartbeat gets no answer', async () => {
    let beats = 0;
    const { bus, inner } = faultyControlBus({
      heartbeat: () =>
        beats++ % 2 === 0 ? new NewswireError(ErrorCode.BusUnavailable, 'heartbeat timed out') : null,
    });
    const counter = processedCounter();
    const worker = createWorker({ bus, stage: upperStage(), logger, onProcessed: counter.onProcessed });
    await worker.start();
    const producer = await inner.producer();
    await producer.send(
      'in',
      ['a', 'b', 'c'].map((v) => ({ key: 'k', value: v })),
    );
    await within(counter.until(3), 5_000, 'three messages');
    await producer.send('in', [{ key: 'k', value: 'd' }]);
    await within(counter.until(4), 5_000, 'message after the failed heartbeats');
    await worker.stop();
    expect(beats).toBeGreaterThanOrEqual(2);
    expect((await drainTopic(inner, 'out')).map((m) => m.value.toString())).toEqual(['A', 'B', 'C', 'D']);
    expect((await inner.lag('newswire.enricher', 'in'))[0]?.lag).toBe(0);
  });
});
