import { describe, expect, it, vi } from 'vitest';
import { ErrorCode } from '@newswire/contracts';
import {
  createMemoryBus,
  partitionForKey,
  type Batch,
  type BatchControl,
  type Bus,
  type BusMessage,
  type ConsumerErrorContext,
  type MemoryBusOptions,
} from '../src/index.ts';

/** Lets every queued microtask and the current I/O phase run; not a timed sleep. */
const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Whether `promise` has settled once pending work has run. */
const hasSettled = async (promise: Promise<unknown>): Promise<boolean> => {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await tick();
  return settled;
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
  const atLeast = (n: number): Promise<void> => {
    if (messages.length >= n) return Promise.resolve();
    const { promise, resolve } = Promise.withResolvers<void>();
    waiters.push({ n, resolve });
    return promise;
  };
  return { messages, batches, record, atLeast };
};

/** A handler that records and commits each batch. */
const committing = (c: ReturnType<typeof collector>) => async (batch: Batch, control: BatchControl) => {
  c.record(batch);
  await control.commit(String(Number(batch.messages.at(-1)!.offset) + 1));
};

const produce = async (bus: Bus, topic: string, messages: { key: string | null; value: string }[]) => {
  const producer = await bus.producer();
  await producer.send(topic, messages);
};

const bus = (options?: MemoryBusOptions): Bus => createMemoryBus(options);

describe('producing', () => {
  it('places keyed messages by Kafka partitioner, with offsets from 0 per partition', async () => {
    const b = bus({ defaultPartitions: 4 });
    await b.ensureTopics([{ name: 't' }]);
    const keys = Array.from({ length: 40 }, (_, i) => `story-${i % 10}`);
    await produce(
      b,
      't',
      keys.map((key, i) => ({ key, value: `m${i}` })),
    );
    const c = collector();
    await b.consumer({ groupId: 'g', topics: ['t'] }).run(committing(c));
    await c.atLeast(40);
    for (const m of c.messages) expect(m.partition).toBe(partitionForKey(m.key!, 4));
    for (let p = 0; p < 4; p++) {
      const offsets = c.messages.filter((m) => m.partition === p).map((m) => Number(m.offset));
      expect(offsets).toEqual(offsets.map((_, i) => i));
    }
  });

  it('spreads null-keyed messages round robin', async () => {
    const b = bus({ defaultPartitions: 3 });
    await produce(
      b,
      'rr',
      Array.from({ length: 9 }, (_, i) => ({ key: null, value: String(i) })),
    );
    expect((await b.lag('g', 'rr')).map((p) => p.end)).toEqual(['3', '3', '3']);
  });

  it('auto-creates an unknown topic with the default partition count on send', async () => {
    const b = bus({ defaultPartitions: 5 });
    await produce(b, 'auto', [{ key: 'k', value: 'v' }]);
    expect(await b.lag('g', 'auto')).toHaveLength(5);
  });

  it('stores a copy of the value: mutating the sent buffer later changes nothing', async () => {
    const b = bus();
    const value = Buffer.from('original');
    const producer = await b.producer();
    await producer.send('t', [{ key: 'k', value, headers: { 'x-a': '1' } }]);
    value.write('MUTATED!');
    const c = collector();
    await b.consumer({ groupId: 'g', topics: ['t'] }).run(async (batch) => {
      c.record(batch);
      batch.messages[0]!.value.write('handler!'); // a consumer scribbling on its copy
      await Promise.resolve();
    });
    await c.atLeast(1);
    const other = collector();
    await b.consumer({ groupId: 'other', topics: ['t'] }).run(committing(other));
    await other.atLeast(1);
    expect(text(other.messages[0]!)).toBe('original');
    expect(other.messages[0]!.headers).toEqual({ 'x-a': '1' });
    expect(other.messages[0]!.key).toBe('k');
    expect(other.messages[0]!.topic).toBe('t');
    expect(Number(other.messages[0]!.timestamp)).toBeGreaterThan(0);
  });

  it('uses the injected clock for timestamps', async () => {
    const b = bus({ clock: () => 1_700_000_000_123 });
    await produce(b, 't', [{ key: 'k', value: 'v' }]);
    const c = collector();
    await b.consumer({ groupId: 'g', topics: ['t'] }).run(committing(c));
    await c.atLeast(1);
    expect(c.messages[0]!.timestamp).toBe('1700000000123');
  });

  it('rejects invalid topic names and a send with a bad message appends nothing', async () => {
    const b = bus();
    const producer = await b.producer();
    await expect(producer.send('bad/topic', [{ key: null, value: 'x' }])).rejects.toMatchObject({
      code: ErrorCode.Internal,
    });
    await expect(
      producer.send('t', [
        { key: 'a', value: 'ok' },
        { key: 'b', value: 42 as unknown as string },
      ]),
    ).rejects.toThrow(/Buffer or string/);
    expect((await b.lag('g', 't')).reduce((n, p) => n + p.lag, 0)).toBe(0);
  });

  it('a closed producer refuses to send', async () => {
    const producer = await bus().producer();
    await producer.close();
    await expect(producer.send('t', [{ key: null, value: 'x' }])).rejects.toThrow(/closed/);
  });
});

describe('ensureTopics', () => {
  it('creates topics with the given or default partition count, and leaves existing ones alone', async () => {
    const b = bus({ defaultPartitions: 2 });
    await b.ensureTopics([{ name: 'a', partitions: 6 }, { name: 'b' }]);
    expect(await b.lag('g', 'a')).toHaveLength(6);
    expect(await b.lag('g', 'b')).toHaveLength(2);
    await b.ensureTopics([
      { name: 'a', partitions: 2 },
      { name: 'b', partitions: 8 },
    ]);
    expect(await b.lag('g', 'a')).toHaveLength(6);
    expect(await b.lag('g', 'b')).toHaveLength(2);
  });

  it('rejects a non-positive partition count', async () => {
    await expect(bus().ensureTopics([{ name: 'a', partitions: 0 }])).rejects.toThrow(/positive integer/);
    expect(() => createMemoryBus({ defaultPartitions: 0 })).toThrow(/positive integer/);
  });
});

describe('consuming', () => {
  it('keeps the order of each key, across partitions and batches', async () => {
    const b = bus({ defaultPartitions: 3, maxBatchSize: 7 });
    const producer = await b.producer();
    const sent: { key: string; value: string }[] = [];
    for (let v = 1; v <= 30; v++) {
      const round = Array.from({ length: 10 }, (_, k) => ({ key: `story-${k}`, value: String(v) }));
      sent.push(...round);
      await producer.send('t', round);
    }
    const c = collector();
    await b.consumer({ groupId: 'g', topics: ['t'] }).run(committing(c));
    await c.atLeast(sent.length);
    for (let k = 0; k < 10; k++) {
      const versions = c.messages.filter((m) => m.key === `story-${k}`).map((m) => Number(text(m)));
      expect(versions).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    }
    expect(Math.max(...c.batches.map((batch) => batch.messages.length))).toBe(7);
  });

  it('delivers messages produced while the consumer runs, without polling', async () => {
    const b = bus();
    const c = collector();
    await b.consumer({ groupId: 'g', topics: ['live'] }).run(committing(c));
    await produce(b, 'live', [{ key: 'a', value: 'first' }]);
    await c.atLeast(1);
    await produce(b, 'live', [{ key: 'a', value: 'second' }]);
    await c.atLeast(2);
    expect(c.messages.map(text)).toEqual(['first', 'second']);
  });

  it('awaits the handler before fetching more from that partition', async () => {
    const b = bus({ defaultPartitions: 1, maxBatchSize: 2 });
    await produce(
      b,
      't',
      Array.from({ length: 6 }, (_, i) => ({ key: 'k', value: String(i) })),
    );
    let active = 0;
    let maxActive = 0;
    const gates: Array<() => void> = [];
    const c = collector();
    await b.consumer({ groupId: 'g', topics: ['t'] }).run(async (batch, control) => {
      active++;
      maxActive = Math.max(maxActive, active);
      c.record(batch);
      const { promise, resolve } = Promise.withResolvers<void>();
      gates.push(resolve);
      await promise;
      await control.commit(String(Number(batch.messages.at(-1)!.offset) + 1));
      active--;
    });
    await c.atLeast(2);
    await tick();
    expect(c.messages).toHaveLength(2); // the second batch waits for the first handler
    for (let i = 0; i < 3; i++) {
      await c.atLeast(2 * (i + 1));
      gates[i]!();
    }
    await c.atLeast(6);
    expect(maxActive).toBe(1);
    expect(c.batches.map((batch) => batch.messages.length)).toEqual([2, 2, 2]);
  });

  it('a group without commits starts at the beginning by default', async () => {
    const b = bus();
    await produce(b, 't', [
      { key: 'a', value: '1' },
      { key: 'b', value: '2' },
    ]);
    const c = collector();
    await b.consumer({ groupId: 'g', topics: ['t'] }).run(committing(c));
    await c.atLeast(2);
    expect(c.messages.map(text).sort()).toEqual(['1', '2']);
  });

  it('a new group with fromBeginning false starts at the end', async () => {
    const b = bus({ defaultPartitions: 1 });
    await produce(b, 't', [{ key: 'a', value: 'old' }]);
    const c = collector();
    await b.consumer({ groupId: 'g', topics: ['t'], fromBeginning: false }).run(committing(c));
    await produce(b, 't', [{ key: 'a', value: 'new' }]);
    await c.atLeast(1);
    await tick();
    expect(c.messages.map(text)).toEqual(['new']);
  });

  it('a group with commits resumes from them whatever fromBeginning says', async () => {
    const b = bus({ defaultPartitions: 1 });
    await produce(
      b,
      't',
      ['1', '2', '3'].map((value) => ({ key: 'k', value })),
    );
    const first = collector();
    const c1 = b.consumer({ groupId: 'g', topics: ['t'] });
    await c1.run(async (batch, control) => {
      first.record(batch);
      await control.commit('2'); // processed offsets 0 and 1 only
    });
    await first.atLeast(3);
    await c1.stop();
    const second = collector();
    await b.consumer({ groupId: 'g', topics: ['t'], fromBeginning: false }).run(committing(second));
    await second.atLeast(1);
    expect(second.messages.map(text)).toEqual(['3']);
  });

  it('members of one group share partitions; different groups each get every message', async () => {
    const b = bus({ defaultPartitions: 4 });
    const [a1, a2, other] = [collector(), collector(), collector()];
    await b.consumer({ groupId: 'shared', topics: ['t'] }).run(committing(a1));
    await b.consumer({ groupId: 'shared', topics: ['t'] }).run(committing(a2));
    await b.consumer({ groupId: 'broadcast', topics: ['t'] }).run(committing(other));
    const messages = Array.from({ length: 100 }, (_, i) => ({ key: `k${i}`, value: String(i) }));
    await produce(b, 't', messages);
    await other.atLeast(100);
    await Promise.all([a1.atLeast(1), a2.atLeast(1)]);
    const shared = [...a1.messages, ...a2.messages];
    while (shared.length < 100) {
      await tick();
      shared.splice(0, shared.length, ...a1.messages, ...a2.messages);
    }
    expect(shared.map(text).sort()).toEqual(messages.map((m) => m.value).sort());
    const p1 = new Set(a1.messages.map((m) => m.partition));
    const p2 = new Set(a2.messages.map((m) => m.partition));
    expect([...p1].filter((p) => p2.has(p))).toEqual([]);
    expect(p1.size + p2.size).toBe(4);
    expect(other.messages).toHaveLength(100);
  });

  it('a member that joins later takes over partitions; each message is still handled once', async () => {
    const b = bus({ defaultPartitions: 3, maxBatchSize: 1 });
    const first = collector();
    const second = collector();
    const active = new Set<number>();
    let overlap = false;
    const tracked = (c: ReturnType<typeof collector>) => async (batch: Batch, control: BatchControl) => {
      if (active.has(batch.partition)) overlap = true;
      active.add(batch.partition);
      await tick();
      c.record(batch);
      await control.commit(String(Number(batch.messages.at(-1)!.offset) + 1));
      active.delete(batch.partition);
    };
    await b.consumer({ groupId: 'g', topics: ['t'] }).run(tracked(first));
    await produce(
      b,
      't',
      Array.from({ length: 30 }, (_, i) => ({ key: `k${i}`, value: String(i) })),
    );
    await first.atLeast(3);
    await b.consumer({ groupId: 'g', topics: ['t'] }).run(tracked(second));
    await produce(
      b,
      't',
      Array.from({ length: 30 }, (_, i) => ({ key: `k${i}`, value: String(30 + i) })),
    );
    while (first.messages.length + second.messages.length < 60) await tick();
    const all = [...first.messages, ...second.messages].map(text);
    expect(new Set(all).size).toBe(60);
    expect(all).toHaveLength(60);
    expect(second.messages.length).toBeGreaterThan(0);
    expect(overlap).toBe(false);
  });

  it('redelivers what a stopped member did not commit to the next member of its group', async () => {
    const b = bus({ defaultPartitions: 1 });
    await produce(
      b,
      't',
      ['a', 'b', 'c', 'd'].map((value) => ({ key: 'k', value })),
    );
    const lazy = collector();
    const first = b.consumer({ groupId: 'g', topics: ['t'] });
    await first.run(async (batch, control) => {
      lazy.record(batch);
      await control.commit(String(Number(batch.messages[0]!.offset) + 1)); // only 'a'
    });
    await lazy.atLeast(4);
    await first.stop();
    const next = collector();
    await b.consumer({ groupId: 'g', topics: ['t'] }).run(committing(next));
    await next.atLeast(3);
    expect(next.messages.map(text)).toEqual(['b', 'c', 'd']);
  });

  it('hands a partition over when its owner stops, even with a running member left', async () => {
    const b = bus({ defaultPartitions: 2 });
    const keyOn = (p: number) =>
      Array.from({ length: 50 }, (_, i) => `k${i}`).find((k) => partitionForKey(k, 2) === p)!;
    const stays = collector();
    const leaves = collector();
    await b.consumer({ groupId: 'g', topics: ['t'] }).run(committing(stays)); // gets p0 then all
    const leaving = b.consumer({ groupId: 'g', topics: ['t'] });
    await leaving.run(async (batch) => {
      leaves.record(batch); // p1, never commits
      await Promise.resolve();
    });
    await produce(b, 't', [{ key: keyOn(1), value: 'on-p1' }]);
    await leaves.atLeast(1);
    await leaving.stop();
    await stays.atLeast(1);
    expect(stays.messages.map(text)).toEqual(['on-p1']);
  });
});

describe('commits and lag', () => {
  it('lag is end minus committed per partition; no commit counts everything', async () => {
    const b = bus({ defaultPartitions: 1 });
    await produce(
      b,
      't',
      ['1', '2', '3', '4', '5'].map((value) => ({ key: 'k', value })),
    );
    expect(await b.lag('g', 't')).toEqual([{ partition: 0, committed: null, end: '5', lag: 5 }]);
    const c = collector();
    const consumer = b.consumer({ groupId: 'g', topics: ['t'] });
    await consumer.run(async (batch, control) => {
      c.record(batch);
      await control.commit('3');
    });
    await c.atLeast(5);
    expect(await b.lag('g', 't')).toEqual([{ partition: 0, committed: '3', end: '5', lag: 2 }]);
    expect(await b.lag('another-group', 't')).toEqual([{ partition: 0, committed: null, end: '5', lag: 5 }]);
    expect(await b.lag('g', 'no-such-topic')).toEqual([]);
  });

  it('a commit may move back, and a new member starts from it', async () => {
    const b = bus({ defaultPartitions: 1 });
    await produce(
      b,
      't',
      ['1', '2', '3'].map((value) => ({ key: 'k', value })),
    );
    const c = collector();
    const consumer = b.consumer({ groupId: 'g', topics: ['t'] });
    await consumer.run(async (batch, control) => {
      c.record(batch);
      await control.commit('3');
      await control.commit('1');
    });
    await c.atLeast(3);
    await consumer.stop();
    expect((await b.lag('g', 't'))[0]!.committed).toBe('1');
    const again = collector();
    await b.consumer({ groupId: 'g', topics: ['t'] }).run(committing(again));
    await again.atLeast(2);
    expect(again.messages.map(text)).toEqual(['2', '3']);
  });

  it('rejects a commit that is not a decimal offset or is past the end', async () => {
    const b = bus({ defaultPartitions: 1 });
    await produce(b, 't', [{ key: 'k', value: 'v' }]);
    const { promise, resolve } = Promise.withResolvers<unknown[]>();
    await b.consumer({ groupId: 'g', topics: ['t'] }).run(async (_batch, control) => {
      const results = await Promise.allSettled([
        control.commit('-1'),
        control.commit('1.5'),
        control.commit('2'),
      ]);
      resolve(results.map((r) => (r.status === 'rejected' ? (r.reason as Error).message : 'ok')));
      await control.commit('1');
    });
    const messages = await promise;
    expect(messages[0]).toMatch(/decimal/);
    expect(messages[1]).toMatch(/decimal/);
    expect(messages[2]).toMatch(/past the end/);
  });

  it('rejects a commit from a member that lost the partition after its batch ended', async () => {
    const b = bus({ defaultPartitions: 2 });
    const keyOn1 = Array.from({ length: 50 }, (_, i) => `k${i}`).find((k) => partitionForKey(k, 2) === 1)!;
    let saved: BatchControl | null = null;
    const c = collector();
    await b.consumer({ groupId: 'g', topics: ['t'] }).run(async (batch, control) => {
      c.record(batch);
      saved = control; // commits later, outside the handler
      await Promise.resolve();
    });
    await produce(b, 't', [{ key: keyOn1, value: 'x' }]);
    await c.atLeast(1);
    expect(saved!.isRunning()).toBe(true);
    // A second member joins and is given partition 1.
    const second = collector();
    await b.consumer({ groupId: 'g', topics: ['t'] }).run(committing(second));
    expect(saved!.isRunning()).toBe(false);
    await expect(saved!.commit('1')).rejects.toMatchObject({
      code: ErrorCode.BusUnavailable,
      retryable: false,
    });
    await second.atLeast(1); // the uncommitted message is redelivered to the new owner
    expect(second.messages.map(text)).toEqual(['x']);
  });

  it('resetOffsets to earliest redelivers everything; to latest skips everything', async () => {
    const b = bus({ defaultPartitions: 2 });
    const values = Array.from({ length: 10 }, (_, i) => ({ key: `k${i}`, value: String(i) }));
    await produce(b, 't', values);
    const first = collector();
    const consumer = b.consumer({ groupId: 'g', topics: ['t'] });
    await consumer.run(committing(first));
    await first.atLeast(10);
    await consumer.stop();
    expect((await b.lag('g', 't')).every((p) => p.lag === 0)).toBe(true);

    await b.resetOffsets('g', 't', 'earliest');
    expect((await b.lag('g', 't')).map((p) => p.committed)).toEqual(['0', '0']);
    const replay = collector();
    const replayer = b.consumer({ groupId: 'g', topics: ['t'] });
    await replayer.run(committing(replay));
    await replay.atLeast(10);
    expect(replay.messages.map(text).sort()).toEqual(values.map((v) => v.value).sort());
    await replayer.stop();

    await produce(b, 't', [{ key: 'k', value: 'skipped' }]);
    await b.resetOffsets('g', 't', 'latest');
    expect((await b.lag('g', 't')).every((p) => p.lag === 0)).toBe(true);
    const after = collector();
    await b.consumer({ groupId: 'g', topics: ['t'] }).run(committing(after));
    await produce(b, 't', [{ key: 'k', value: 'fresh' }]);
    await after.atLeast(1);
    await tick();
    expect(after.messages.map(text)).toEqual(['fresh']);
  });

  it('resetOffsets refuses while the group has running members, and on an unknown topic', async () => {
    const b = bus();
    const consumer = b.consumer({ groupId: 'g', topics: ['t'] });
    await consumer.run(() => Promise.resolve());
    await expect(b.resetOffsets('g', 't', 'earliest')).rejects.toThrow(/running member/);
    await consumer.stop();
    await b.resetOffsets('g', 't', 'earliest');
    await expect(b.resetOffsets('g', 'missing', 'earliest')).rejects.toThrow(/unknown topic/);
  });
});

describe('stopping', () => {
  it('stop() stops fetching and resolves only after the in-flight handler finished', async () => {
    const b = bus({ defaultPartitions: 1, maxBatchSize: 1 });
    await produce(b, 't', [
      { key: 'k', value: '1' },
      { key: 'k', value: '2' },
    ]);
    const started = Promise.withResolvers<BatchControl>();
    const release = Promise.withResolvers<void>();
    const handled: string[] = [];
    const consumer = b.consumer({ groupId: 'g', topics: ['t'] });
    await consumer.run(async (batch, control) => {
      started.resolve(control);
      await release.promise;
      handled.push(text(batch.messages[0]!));
      await control.commit(String(Number(batch.messages[0]!.offset) + 1));
    });
    const control = await started.promise;
    const stopping = consumer.stop();
    expect(await hasSettled(stopping)).toBe(false);
    expect(control.isRunning()).toBe(false);
    release.resolve();
    await stopping;
    expect(handled).toEqual(['1']);
    expect((await b.lag('g', 't'))[0]!.committed).toBe('1');
    await produce(b, 't', [{ key: 'k', value: '3' }]);
    await tick();
    expect(handled).toEqual(['1']);
  });

  it('stop() from inside a handler does not wait for that handler', async () => {
    const b = bus({ defaultPartitions: 1 });
    await produce(b, 't', [{ key: 'k', value: 'v' }]);
    const consumer = b.consumer({ groupId: 'g', topics: ['t'] });
    const stopped = Promise.withResolvers<void>();
    await consumer.run(async () => {
      await consumer.stop();
      stopped.resolve();
    });
    await stopped.promise;
  });

  it('stop() before run() and twice is harmless; a stopped consumer can run again', async () => {
    const b = bus({ defaultPartitions: 1 });
    const consumer = b.consumer({ groupId: 'g', topics: ['t'] });
    await consumer.stop();
    await consumer.run(() => Promise.resolve());
    await expect(consumer.run(() => Promise.resolve())).rejects.toThrow(/already running/);
    await consumer.stop();
    await consumer.stop();
    const c = collector();
    await consumer.run(committing(c));
    await produce(b, 't', [{ key: 'k', value: 'again' }]);
    await c.atLeast(1);
  });

  it('close() stops every consumer and then refuses work', async () => {
    const b = bus();
    const release = Promise.withResolvers<void>();
    const started = Promise.withResolvers<void>();
    let finished = false;
    await b.consumer({ groupId: 'g', topics: ['t'] }).run(async () => {
      started.resolve();
      await release.promise;
      finished = true;
    });
    await produce(b, 't', [{ key: 'k', value: 'v' }]);
    await started.promise;
    const closing = b.close();
    expect(await hasSettled(closing)).toBe(false);
    release.resolve();
    await closing;
    expect(finished).toBe(true);
    await expect(b.producer()).rejects.toThrow(/closed/);
    await expect(b.consumer({ groupId: 'g', topics: ['t'] }).run(() => Promise.resolve())).rejects.toThrow(
      /closed/,
    );
    await b.close();
  });
});

describe('a throwing handler', () => {
  it('is reported through onError, stops only that member, and its batch goes to the next member', async () => {
    const errors: { error: unknown; context: ConsumerErrorContext }[] = [];
    const b = bus({ defaultPartitions: 1, onError: (error, context) => errors.push({ error, context }) });
    const bad = b.consumer({ groupId: 'g', topics: ['t'] });
    const failed = Promise.withResolvers<void>();
    await bad.run(() => {
      failed.resolve();
      return Promise.reject(new Error('handler exploded'));
    });
    const other = collector();
    await b.consumer({ groupId: 'other', topics: ['t'] }).run(committing(other));
    await produce(b, 't', [
      { key: 'k', value: '1' },
      { key: 'k', value: '2' },
    ]);
    await failed.promise;
    await other.atLeast(2);
    await bad.stop(); // resolves: the member already left the group
    expect(errors).toHaveLength(1);
    expect((errors[0]!.error as Error).message).toBe('handler exploded');
    expect(errors[0]!.context).toEqual({
      groupId: 'g',
      topic: 't',
      partition: 0,
      firstOffset: '0',
      lastOffset: '1',
    });
    // Nothing was committed, so the next member of 'g' gets both messages.
    const next = collector();
    await b.consumer({ groupId: 'g', topics: ['t'] }).run(committing(next));
    await next.atLeast(2);
    expect(next.messages.map(text)).toEqual(['1', '2']);
    // The bus still produces and delivers.
    await produce(b, 't', [{ key: 'k', value: '3' }]);
    await next.atLeast(3);
    await other.atLeast(3);
  });

  it('a handler that throws synchronously is treated the same way', async () => {
    const onError = vi.fn();
    const b = bus({ onError });
    const failed = Promise.withResolvers<void>();
    await b.consumer({ groupId: 'g', topics: ['t'] }).run(() => {
      failed.resolve();
      throw new Error('sync throw');
    });
    await produce(b, 't', [{ key: 'k', value: 'v' }]);
    await failed.promise;
    await tick();
    expect(onError).toHaveBeenCalledTimes(1);
    expect((await b.lag('g', 't')).reduce((n, p) => n + p.lag, 0)).toBe(1);
  });

  it('without onError, the failure is a process warning, not silence', async () => {
    const warned = Promise.withResolvers<Error>();
    const onWarning = (w: Error) => warned.resolve(w);
    process.once('warning', onWarning);
    try {
      const b = bus();
      await b
        .consumer({ groupId: 'quiet', topics: ['t'] })
        .run(() => Promise.reject(new Error('nobody listens')));
      await produce(b, 't', [{ key: 'k', value: 'v' }]);
      const warning = await warned.promise;
      expect(warning.message).toContain('nobody listens');
      expect(warning.message).toContain('quiet');
    } finally {
      process.off('warning', onWarning);
    }
  });
});
