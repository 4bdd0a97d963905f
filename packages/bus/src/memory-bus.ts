// The Bus port in one process, with Kafka's semantics: partitioned topics with per-partition
// offsets, keyed placement by Kafka's partitioner, consumer groups that share partitions and
// rebalance, committed offsets as "next to read", at-least-once redelivery. It keeps every
// message for the life of the bus (no retention) and persists nothing.
import { AsyncLocalStorage } from 'node:async_hooks';
import { ErrorCode, NewswireError } from '@newswire/contracts';
import { partitionForKey } from './partition-for-key.ts';
import { reportHandlerFailure } from './port.ts';
import type {
  ConsumerErrorContext,
  Batch,
  BatchControl,
  BatchHandler,
  Bus,
  BusMessage,
  Consumer,
  ConsumerOptions,
  OutgoingMessage,
  PartitionLag,
  Producer,
  TopicSpec,
} from './port.ts';

export interface MemoryBusOptions {
  /** Partitions of a topic created without a count (ensureTopics, auto-create). Default 3. */
  readonly defaultPartitions?: number;
  /** Most messages in one batch. Default 100. */
  readonly maxBatchSize?: number;
  /**
   * Called when a batch handler throws (or rejects). The consumer member whose handler threw
   * then stops: it finishes its other in-flight batches and leaves its group, so its
   * partitions go to the remaining members, which get every uncommitted message again
   * (at-least-once). Other members, groups and producers carry on. Default: a process
   * warning (code NEWSWIRE_BUS_HANDLER_ERROR), so the failure is never silent.
   */
  readonly onError?: (error: unknown, context: ConsumerErrorContext) => void;
  /** Message timestamps, in milliseconds since the epoch. Default Date.now. */
  readonly clock?: () => number;
}

interface TopicState {
  readonly name: string;
  readonly partitions: BusMessage[][];
  nextRoundRobin: number;
}

interface GroupState {
  readonly id: string;
  /** Committed offset (next to read) per topic-partition. */
  readonly committed: Map<string, number>;
  /** Members in the group, in join order. */
  readonly members: MemberState[];
  /** Current assignment: which member owns each topic-partition. */
  owner: Map<string, MemberState>;
  /** Topic-partitions with a batch in flight, and whose handler it is in. */
  readonly busy: Map<string, MemberState>;
}

interface MemberState {
  readonly group: GroupState;
  readonly topics: readonly string[];
  readonly fromBeginning: boolean;
  readonly handler: BatchHandler;
  status: 'running' | 'stopping' | 'stopped';
  /** Next offset to fetch per owned topic-partition; absent until resolved from the group. */
  readonly positions: Map<string, number>;
  readonly inFlight: Map<string, Promise<void>>;
  pumpQueued: boolean;
  stopped: Promise<void> | null;
}

const TOPIC_NAME = /^[A-Za-z0-9._-]{1,249}$/u;

const tpKey = (topic: string, partition: number): string => `${topic}/${partition}`;

const settle = <T>(fn: () => T): Promise<T> => new Promise<T>((resolve) => resolve(fn()));

const misuse = (message: string): NewswireError => new NewswireError(ErrorCode.Internal, message);

const positiveInt = (n: number, what: string): number => {
  if (!Number.isInteger(n) || n < 1) throw misuse(`${what} must be a positive integer, got ${n}`);
  return n;
};

const defaultOnError = (error: unknown, context: ConsumerErrorContext): void => {
  const reason = error instanceof Error ? error.message : String(error);
  process.emitWarning(
    `memory bus: a handler of group ${context.groupId} threw on ${context.topic}[${context.partition}] ` +
      `offsets ${context.firstOffset}..${context.lastOffset}; that consumer stopped: ${reason}`,
    { code: 'NEWSWIRE_BUS_HANDLER_ERROR' },
  );
};

export const createMemoryBus = (options: MemoryBusOptions = {}): Bus => {
  const defaultPartitions = positiveInt(options.defaultPartitions ?? 3, 'defaultPartitions');
  const maxBatchSize = positiveInt(options.maxBatchSize ?? 100, 'maxBatchSize');
  const onError = options.onError ?? defaultOnError;
  const clock = options.clock ?? Date.now;
  const topics = new Map<string, TopicState>();
  const groups = new Map<string, GroupState>();
  // Which member's handler (and which partition) the current async context runs in, so that
  // stop() called from inside a handler does not wait for that very handler.
  const inHandler = new AsyncLocalStorage<{ member: MemberState; tp: string } | null>();
  let closed = false;

  const assertOpen = (): void => {
    if (closed) throw misuse('memory bus is closed');
  };

  const createTopic = (name: string, partitions: number): TopicState => {
    if (!TOPIC_NAME.test(name)) {
      throw misuse(`invalid topic name ${JSON.stringify(name)}: 1-249 of [A-Za-z0-9._-]`);
    }
    const existing = topics.get(name);
    // As in Kafka, creating an existing topic changes nothing (not even its partition count).
    if (existing) return existing;
    const topic: TopicState = {
      name,
      partitions: Array.from({ length: positiveInt(partitions, `partitions of ${name}`) }, () => []),
      nextRoundRobin: 0,
    };
    topics.set(name, topic);
    return topic;
  };

  const groupState = (id: string): GroupState => {
    let group = groups.get(id);
    if (!group) {
      group = { id, committed: new Map(), members: [], owner: new Map(), busy: new Map() };
      groups.set(id, group);
    }
    return group;
  };

  const partitionsOf = (topic: string): number => topics.get(topic)?.partitions.length ?? 0;
  const endOf = (topic: string, partition: number): number =>
    topics.get(topic)?.partitions[partition]?.length ?? 0;

  /** Where a member starts on a partition it was just given: the group's commit, else the reset policy. */
  const resolvePosition = (member: MemberState, topic: string, partition: number): number =>
    member.group.committed.get(tpKey(topic, partition)) ??
    (member.fromBeginning ? 0 : endOf(topic, partition));

  const kick = (member: MemberState): void => {
    if (member.pumpQueued || member.status !== 'running') return;
    member.pumpQueued = true;
    // A microtask, not a timer: delivery is prompt and unaffected by fake timers in tests.
    // Run outside any handler's context: kick() is often called from inside a handler (it sent).
    queueMicrotask(() =>
      inHandler.run(null, () => {
        member.pumpQueued = false;
        pump(member);
      }),
    );
  };

  const kickGroup = (group: GroupState): void => {
    for (const member of group.members) kick(member);
  };

  /**
   * Round-robin assignment per topic among the running members subscribed to it, in join
   * order. A partition that moves keeps its in-flight batch: the new owner starts only once
   * that batch is done (and reads the offset it committed).
   */
  const rebalance = (group: GroupState): void => {
    const running = group.members.filter((m) => m.status === 'running');
    const owner = new Map<string, MemberState>();
    const subscribed = new Set(running.flatMap((m) => m.topics));
    for (const topic of subscribed) {
      const members = running.filter((m) => m.topics.includes(topic));
      for (let p = 0; p < partitionsOf(topic); p++) owner.set(tpKey(topic, p), members[p % members.length]!);
    }
    for (const member of group.members) {
      for (const tp of [...member.positions.keys()]) {
        if (owner.get(tp) !== member) member.positions.delete(tp);
      }
    }
    group.owner = owner;
    for (const [tp, member] of owner) {
      // Resolve now rather than at first fetch, so a 'latest' member sees every message
      // produced after run() resolved. A busy partition is resolved when its batch is done.
      if (!member.positions.has(tp) && !group.busy.has(tp)) {
        const [topic, partition] = splitTp(tp);
        member.positions.set(tp, resolvePosition(member, topic, partition));
      }
    }
    kickGroup(group);
  };

  const splitTp = (tp: string): [string, number] => {
    const slash = tp.lastIndexOf('/');
    return [tp.slice(0, slash), Number(tp.slice(slash + 1))];
  };

  const pump = (member: MemberState): void => {
    if (member.status !== 'running' || closed) return;
    const { group } = member;
    for (const [tp, owner] of group.owner) {
      if (owner !== member || group.busy.has(tp)) continue;
      const [topic, partition] = splitTp(tp);
      let position = member.positions.get(tp);
      if (position === undefined) {
        position = resolvePosition(member, topic, partition);
        member.positions.set(tp, position);
      }
      const log = topics.get(topic)?.partitions[partition] ?? [];
      if (position >= log.length) continue;
      const slice = log.slice(position, position + maxBatchSize);
      // Like a Kafka consumer, the fetch position moves past the batch whether or not it is
      // committed; only a new owner (after a rebalance) goes back to the committed offset.
      member.positions.set(tp, position + slice.length);
      startBatch(member, tp, topic, partition, slice);
    }
  };

  const startBatch = (
    member: MemberState,
    tp: string,
    topic: string,
    partition: number,
    stored: readonly BusMessage[],
  ): void => {
    const { group } = member;
    group.busy.set(tp, member);
    // Fresh buffers per delivery: a handler that mutates its bytes cannot change the log.
    const messages = stored.map((m) => ({ ...m, value: Buffer.from(m.value) }));
    const batch: Batch = { topic, partition, messages };
    const control: BatchControl = {
      commit: (offset) =>
        settle(() => {
          if (!/^\d+$/u.test(offset)) throw misuse(`commit offset must be a decimal string, got ${offset}`);
          const next = Number(offset);
          const end = endOf(topic, partition);
          if (next > end) throw misuse(`commit offset ${next} is past the end (${end}) of ${tp}`);
          // Allowed while this member owns the partition or its batch is still in flight;
          // after that another member may be reading it, as Kafka fences stale members.
          if (group.owner.get(tp) !== member && group.busy.get(tp) !== member) {
            throw new NewswireError(
              ErrorCode.BusUnavailable,
              `commit rejected: ${tp} is no longer assigned to this member of group ${group.id}`,
              { retryable: false },
            );
          }
          group.committed.set(tp, next);
        }),
      heartbeat: () => Promise.resolve(),
      isRunning: () => member.status === 'running' && !closed && group.owner.get(tp) === member,
    };
    const run = async (): Promise<void> => {
      try {
        await inHandler.run({ member, tp }, () => member.handler(batch, control));
      } catch (error) {
        reportHandlerFailure(onError, error, { groupId: group.id, topic, partition, messages });
        void stopMember(member, null);
      } finally {
        group.busy.delete(tp);
        member.inFlight.delete(tp);
        kickGroup(group);
      }
    };
    // Registered before the handler starts, so even a handler that throws synchronously is
    // in flight (and awaited by stop) until its bookkeeping is done.
    member.inFlight.set(tp, Promise.resolve().then(run));
  };

  /**
   * Stops fetching, waits for the member's batches in flight (except `ownTp`'s, when stop is
   * called from inside that batch's handler, which would otherwise wait for itself), then
   * leaves the group.
   */
  const stopMember = (member: MemberState, ownTp: string | null): Promise<void> => {
    if (member.stopped) return member.stopped;
    member.status = 'stopping';
    member.stopped = (async () => {
      // No batch starts while stopping, so this set only shrinks.
      await Promise.all([...member.inFlight].filter(([tp]) => tp !== ownTp).map(([, done]) => done));
      const { group } = member;
      const index = group.members.indexOf(member);
      if (index >= 0) group.members.splice(index, 1);
      member.status = 'stopped';
      member.positions.clear();
      rebalance(group);
    })();
    return member.stopped;
  };

  const consumer = (consumerOptions: ConsumerOptions): Consumer => {
    if (consumerOptions.topics.length === 0) throw misuse('a consumer needs at least one topic');
    let member: MemberState | null = null;
    return {
      run: (handler) =>
        settle(() => {
          assertOpen();
          if (member && member.status !== 'stopped')
            throw misuse(`consumer of group ${consumerOptions.groupId} is already running`);
          // Subscribing to a missing topic creates it, as Kafka's auto-create does.
          for (const name of consumerOptions.topics) createTopic(name, defaultPartitions);
          const group = groupState(consumerOptions.groupId);
          member = {
            group,
            topics: [...new Set(consumerOptions.topics)],
            fromBeginning: consumerOptions.fromBeginning ?? true,
            handler,
            status: 'running',
            positions: new Map(),
            inFlight: new Map(),
            pumpQueued: false,
            stopped: null,
          };
          group.members.push(member);
          rebalance(group);
        }),
      stop: () => {
        if (member === null) return Promise.resolve();
        const current = inHandler.getStore();
        return stopMember(member, current?.member === member ? current.tp : null);
      },
    };
  };

  const appendAll = (topicName: string, messages: readonly OutgoingMessage[]): void => {
    assertOpen();
    const topic = topics.get(topicName) ?? createTopic(topicName, defaultPartitions);
    // Validate and copy everything first, so a bad message appends none of the batch.
    const prepared = messages.map((m) => {
      if (m.key !== null && typeof m.key !== 'string') throw misuse('message key must be a string or null');
      if (typeof m.value !== 'string' && !Buffer.isBuffer(m.value))
        throw misuse('message value must be a Buffer or string');
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(m.headers ?? {})) {
        if (typeof value !== 'string') throw misuse(`header ${name} must be a string`);
        headers[name] = value;
      }
      return { key: m.key, value: Buffer.from(m.value), headers: Object.freeze(headers) };
    });
    const timestamp = String(clock());
    const count = topic.partitions.length;
    for (const m of prepared) {
      const partition = m.key === null ? topic.nextRoundRobin++ % count : partitionForKey(m.key, count);
      const log = topic.partitions[partition]!;
      log.push(
        Object.freeze({
          topic: topicName,
          partition,
          offset: String(log.length),
          key: m.key,
          value: m.value,
          headers: m.headers,
          timestamp,
        }),
      );
    }
    for (const group of groups.values()) {
      if (group.members.some((member) => member.topics.includes(topicName))) kickGroup(group);
    }
  };

  return {
    kind: 'memory',
    ensureTopics: (specs: readonly TopicSpec[]) =>
      settle(() => {
        assertOpen();
        for (const spec of specs) createTopic(spec.name, spec.partitions ?? defaultPartitions);
      }),
    producer: () =>
      settle(() => {
        assertOpen();
        let producerClosed = false;
        const producer: Producer = {
          send: (topic, messages) =>
            settle(() => {
              if (producerClosed) throw misuse('producer is closed');
              appendAll(topic, messages);
            }),
          close: () => {
            producerClosed = true;
            return Promise.resolve();
          },
        };
        return producer;
      }),
    consumer,
    lag: (groupId, topic) =>
      settle((): PartitionLag[] => {
        const state = topics.get(topic);
        if (!state) return [];
        const committed = groups.get(groupId)?.committed;
        // Without a commit the whole partition counts as pending (the group's default start).
        return state.partitions.map((log, partition) => {
          const at = committed?.get(tpKey(topic, partition));
          return {
            partition,
            committed: at === undefined ? null : String(at),
            end: String(log.length),
            lag: log.length - (at ?? 0),
          };
        });
      }),
    resetOffsets: (groupId, topic, to) =>
      settle(() => {
        assertOpen();
        const state = topics.get(topic);
        if (!state) throw misuse(`cannot reset offsets on unknown topic ${topic}`);
        const group = groupState(groupId);
        if (group.members.length > 0) {
          throw misuse(
            `cannot reset offsets of group ${groupId}: it has ${group.members.length} running member(s)`,
          );
        }
        state.partitions.forEach((log, partition) => {
          group.committed.set(tpKey(topic, partition), to === 'earliest' ? 0 : log.length);
        });
      }),
    close: async () => {
      if (closed) return;
      const members = [...groups.values()].flatMap((g) => g.members);
      const current = inHandler.getStore();
      await Promise.all(members.map((m) => stopMember(m, current?.member === m ? current.tp : null)));
      closed = true;
    },
  };
};
