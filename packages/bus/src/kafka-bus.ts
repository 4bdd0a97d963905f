// The Bus port on Apache Kafka (kafkajs), interchangeable with the memory bus: keyed messages
// placed by Kafka's default (murmur2) partitioner, an idempotent producer with acks=all,
// consumer groups with manual commits only (no auto-commit, no auto-resolve), topics created
// on first use as the memory bus does. It adds no retry of its own on top of kafkajs'.
import { AsyncLocalStorage } from 'node:async_hooks';
import {
  Kafka,
  Partitioners,
  type Admin,
  type Consumer as KafkaConsumer,
  type EachBatchPayload,
  type IHeaders,
  type KafkaMessage,
  type Producer as KafkaProducer,
} from 'kafkajs';
import { ErrorCode, NewswireError, Topic } from '@newswire/contracts';
import type { Logger } from '@newswire/logger';
import { createKafkaLogCreator, kafkaLogLevelFor } from './kafka-log.ts';
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

/** Where a failed batch came from, for `onError`: the memory bus's shape. */
export type KafkaConsumerErrorContext = ConsumerErrorContext;

export interface KafkaBusOptions {
  /** `host:port` of one or more brokers. */
  readonly brokers: readonly string[];
  readonly clientId: string;
  /** Partitions of a topic created without a count (ensureTopics, first send or subscribe). */
  readonly defaultPartitions: number;
  /** Consumer group session timeout, in milliseconds; heartbeats go every third of it (at most 3 s). */
  readonly sessionTimeoutMs: number;
  /** kafkajs' own lines go here too (its INFO at debug, its DEBUG at trace). */
  readonly logger: Logger;
  /** Most messages in one handler call; a larger fetched batch is split. Default 100, as the memory bus. */
  readonly batchSize?: number;
  /** Replication factor of the topics this bus creates. Default 1 (a single broker). */
  readonly replicationFactor?: number;
  /** A topic ensureTopics always creates as well, so dead letters always have a home. Default `wire.dlq`; null for none. */
  readonly dlqTopic?: string | null;
  /** Partitions one consumer handles at once (kafkajs partitionsConsumedConcurrently). Default 1. */
  readonly partitionsConsumedConcurrently?: number;
  /** Longest a fetch waits for new messages, in milliseconds; also bounds how long stop() waits for an idle fetch. Default 1000. */
  readonly maxWaitTimeMs?: number;
  /** kafkajs retries of a failing request before it gives up (and send rejects). Default 5. */
  readonly retries?: number;
  /** Milliseconds to wait for a TCP connection to a broker. Default 3000. */
  readonly connectionTimeoutMs?: number;
  /**
   * Largest message the topics this bus creates accept (topic `max.message.bytes`), in bytes.
   * Default 16 MiB: a story at MAX_STORY_BYTES (4 MiB), base64 in its envelope, fits with room
   * for its dead letter; Kafka's own default (about 1 MiB) would refuse it.
   */
  readonly maxMessageBytes?: number;
  /**
   * Called when a batch handler throws (or rejects). That consumer then stops, as in the memory
   * bus: it finishes its other in-flight batches and leaves the group, and the remaining members
   * get every uncommitted message again. Default: an error line on `logger`.
   */
  readonly onError?: (error: unknown, context: KafkaConsumerErrorContext) => void;
}

const TOPIC_NAME = /^[A-Za-z0-9._-]{1,249}$/u;

const misuse = (message: string): NewswireError => new NewswireError(ErrorCode.Internal, message);

const positiveInt = (n: number, what: string): number => {
  if (!Number.isInteger(n) || n < 1) throw misuse(`${what} must be a positive integer, got ${n}`);
  return n;
};

const assertTopicName = (name: string): void => {
  if (!TOPIC_NAME.test(name))
    throw misuse(`invalid topic name ${JSON.stringify(name)}: 1-249 of [A-Za-z0-9._-]`);
};

/** Broker error types (`KafkaJSProtocolError.type`) anywhere in an error, its causes and aggregates. */
export const kafkaErrorTypes = (error: unknown, depth = 0): string[] => {
  if (typeof error !== 'object' || error === null || depth > 5) return [];
  const e = error as { type?: unknown; cause?: unknown; originalError?: unknown; errors?: unknown };
  const own = typeof e.type === 'string' ? [e.type] : [];
  const nested = [e.cause, e.originalError, ...(Array.isArray(e.errors) ? (e.errors as unknown[]) : [])];
  return [...own, ...nested.flatMap((n) => kafkaErrorTypes(n, depth + 1))];
};

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Broker answers that mean this member no longer owns its partitions (a rebalance fenced it). */
/** Answers of a broker whose new topic or partition leadership is still settling. */
const NOT_READY = new Set(['NOT_LEADER_FOR_PARTITION', 'LEADER_NOT_AVAILABLE', 'UNKNOWN_TOPIC_OR_PARTITION']);
const FENCED = new Set([
  'ILLEGAL_GENERATION',
  'UNKNOWN_MEMBER_ID',
  'REBALANCE_IN_PROGRESS',
  'FENCED_INSTANCE_ID',
]);
/** Broker answers that a retry can never fix, for one message or one request. */
const TOO_LARGE = new Set(['MESSAGE_TOO_LARGE', 'RECORD_LIST_TOO_LARGE']);
const PERMANENT_SEND = new Set([
  'INVALID_TOPIC_EXCEPTION',
  'CORRUPT_MESSAGE',
  'INVALID_RECORD',
  'TOPIC_AUTHORIZATION_FAILED',
  'CLUSTER_AUTHORIZATION_FAILED',
  'UNSUPPORTED_VERSION',
  'UNSUPPORTED_FOR_MESSAGE_FORMAT',
]);

/** What a failed send becomes: retryable BUS_UNAVAILABLE unless the broker said a retry cannot help. */
export const toSendError = (error: unknown, topic: string): NewswireError => {
  const types = kafkaErrorTypes(error);
  const details = { topic, kafkaErrorTypes: types };
  if (types.some((t) => TOO_LARGE.has(t))) {
    return new NewswireError(
      ErrorCode.TooLarge,
      `kafka refused a message to ${topic} as too large: ${messageOf(error)}`,
      {
        cause: error,
        details,
      },
    );
  }
  const permanent = types.find((t) => PERMANENT_SEND.has(t));
  return new NewswireError(
    ErrorCode.BusUnavailable,
    `kafka send to ${topic} failed${permanent ? ` (${permanent}, not retryable)` : ''}: ${messageOf(error)}`,
    { cause: error, retryable: permanent === undefined, details },
  );
};

/** What a failed commit becomes: a fenced member's commit is rejected for good, like the memory bus's. */
export const toCommitError = (
  error: unknown,
  groupId: string,
  topic: string,
  partition: number,
): NewswireError => {
  const types = kafkaErrorTypes(error);
  const fenced = types.some((t) => FENCED.has(t));
  return new NewswireError(
    ErrorCode.BusUnavailable,
    fenced
      ? `commit rejected: ${topic}/${partition} is no longer assigned to this member of group ${groupId} (${types.join(', ')})`
      : `kafka commit of group ${groupId} on ${topic}/${partition} failed: ${messageOf(error)}`,
    { cause: error, retryable: !fenced, details: { groupId, topic, partition, kafkaErrorTypes: types } },
  );
};

const unavailable = (what: string, error: unknown): NewswireError =>
  error instanceof NewswireError
    ? error
    : new NewswireError(ErrorCode.BusUnavailable, `kafka ${what} failed: ${messageOf(error)}`, {
        cause: error,
        details: { kafkaErrorTypes: kafkaErrorTypes(error) },
      });

const headerText = (value: IHeaders[string]): string | undefined => {
  // Kafka allows a header name more than once; the port has one value per name, so the last wins.
  const last = Array.isArray(value) ? value.at(-1) : value;
  if (last === undefined) return undefined;
  return typeof last === 'string' ? last : last.toString('utf8');
};

const toBusMessage = (topic: string, partition: number, m: KafkaMessage): BusMessage => {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(m.headers ?? {})) {
    const text = headerText(value);
    if (text !== undefined) headers[name] = text;
  }
  return {
    topic,
    partition,
    offset: m.offset,
    key: m.key === null ? null : m.key.toString('utf8'),
    // A tombstone (null value) is not something this pipeline sends; give it as empty bytes.
    value: m.value ?? Buffer.alloc(0),
    headers: Object.freeze(headers),
    timestamp: m.timestamp,
  };
};

/** Validates and copies outgoing messages, so a bad one sends none of the batch (as the memory bus). */
const prepare = (messages: readonly OutgoingMessage[]) =>
  messages.map((m) => {
    if (m.key !== null && typeof m.key !== 'string') throw misuse('message key must be a string or null');
    if (typeof m.value !== 'string' && !Buffer.isBuffer(m.value))
      throw misuse('message value must be a Buffer or string');
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(m.headers ?? {})) {
      if (typeof value !== 'string') throw misuse(`header ${name} must be a string`);
      headers[name] = value;
    }
    return { key: m.key, value: Buffer.from(m.value), headers };
  });

/**
 * Splits one send into requests of at most `limit` bytes of keys and values (a message larger
 * than that goes alone), keeping order. kafkajs puts all of a partition's messages of one
 * send into one record batch, and the broker refuses a batch above the topic's
 * max.message.bytes: a worker's batch of a hundred mid-sized stories would otherwise be
 * refused as a whole.
 */
export const chunkBySize = <M extends { key: string | null; value: Buffer }>(
  messages: readonly M[],
  limit: number,
): M[][] => {
  const chunks: M[][] = [];
  let current: M[] = [];
  let size = 0;
  for (const m of messages) {
    const bytes = m.value.length + (m.key === null ? 0 : Buffer.byteLength(m.key));
    if (current.length > 0 && size + bytes > limit) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(m);
    size += bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
};

/** Bytes of keys and values per produce request (below Kafka's 1 MiB default topic limit). */
const SEND_CHUNK_BYTES = 900 * 1024;

interface MemberState {
  readonly groupId: string;
  readonly topics: readonly string[];
  readonly client: KafkaConsumer;
  readonly handler: BatchHandler;
  status: 'running' | 'stopping' | 'stopped';
  /** Partitions this member was given at its last join, per topic. */
  assignment: ReadonlyMap<string, ReadonlySet<number>>;
  /** Batches whose handler is running, by `topic/partition`. */
  readonly inFlight: Map<string, Promise<void>>;
  /** Resolves once the member has left the group and disconnected. */
  stopped: Promise<void> | null;
}

export const createKafkaBus = (options: KafkaBusOptions): Bus => {
  if (options.brokers.length === 0) throw misuse('kafka bus needs at least one broker');
  const defaultPartitions = positiveInt(options.defaultPartitions, 'defaultPartitions');
  const sessionTimeoutMs = positiveInt(options.sessionTimeoutMs, 'sessionTimeoutMs');
  const batchSize = positiveInt(options.batchSize ?? 100, 'batchSize');
  const replicationFactor = positiveInt(options.replicationFactor ?? 1, 'replicationFactor');
  const concurrency = positiveInt(
    options.partitionsConsumedConcurrently ?? 1,
    'partitionsConsumedConcurrently',
  );
  const maxWaitTimeMs = positiveInt(options.maxWaitTimeMs ?? 1000, 'maxWaitTimeMs');
  const retries = options.retries ?? 5;
  if (!Number.isInteger(retries) || retries < 0)
    throw misuse(`retries must be a non-negative integer, got ${retries}`);
  const dlqTopic = options.dlqTopic === undefined ? Topic.Dlq : options.dlqTopic;
  const maxMessageBytes = positiveInt(options.maxMessageBytes ?? 16 * 1024 * 1024, 'maxMessageBytes');
  const { logger } = options;
  const log = logger.child({ component: 'kafka-bus' });
  const onError =
    options.onError ??
    ((error: unknown, context: KafkaConsumerErrorContext) =>
      log.error(
        { err: error, ...context },
        `a handler of group ${context.groupId} threw on ${context.topic}[${context.partition}]; that consumer stopped`,
      ));

  // On Node 24 kafkajs 2.2.4 makes Node print one TimeoutNegativeWarning per process: its
  // request queue arms setTimeout(now - epoch) when not throttled (kafkajs issue #1751, fix
  // unreleased). Node clamps the delay to 1 ms, which is what kafkajs means there: harmless.
  const kafka = new Kafka({
    brokers: [...options.brokers],
    clientId: options.clientId,
    connectionTimeout: options.connectionTimeoutMs ?? 3000,
    retry: { retries },
    logLevel: kafkaLogLevelFor(logger.level),
    logCreator: createKafkaLogCreator(logger),
  });

  // Which member's handler (and which partition) the current async context runs in, so that
  // stop() called from inside a handler does not wait for that very handler.
  const inHandler = new AsyncLocalStorage<{ member: MemberState; tp: string } | null>();
  const members = new Set<MemberState>();
  const producers = new Set<KafkaProducer>();
  /** Topics known to exist (created or found by this bus), each with its pending check. */
  const knownTopics = new Map<string, Promise<void>>();
  let admin: Promise<Admin> | null = null;
  let closed = false;

  const assertOpen = (): void => {
    if (closed) throw misuse('kafka bus is closed');
  };

  /** The one admin client, connected on first use (and again after a failed connect). */
  const getAdmin = (): Promise<Admin> => {
    if (!admin) {
      const client = kafka.admin({ retry: { retries } });
      admin = client.connect().then(
        () => client,
        (error: unknown) => {
          admin = null;
          throw unavailable('admin connect', error);
        },
      );
    }
    return admin;
  };

  const listTopics = async (client: Admin): Promise<Set<string>> => {
    try {
      return new Set(await client.listTopics());
    } catch (error) {
      throw unavailable('listing topics', error);
    }
  };

  /**
   * A topic's watermarks. Right after a topic is created, waitForLeaders has seen leaders in
   * the metadata but the broker may still answer NOT_LEADER for a moment (seen on Kafka 4.4);
   * kafkajs' admin does not retry that here, so we do, briefly.
   */
  const watermarks = async (client: Admin, topic: string) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await client.fetchTopicOffsets(topic);
      } catch (error) {
        const settling = kafkaErrorTypes(error).some((t) => NOT_READY.has(t));
        if (!settling || attempt >= 10) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      }
    }
  };

  const createTopics = async (specs: readonly { name: string; partitions: number }[]): Promise<void> => {
    if (specs.length === 0) return;
    const client = await getAdmin();
    // A broker that has just started can answer a fresh topic's leader wait with
    // UNKNOWN_TOPIC_OR_PARTITION or LEADER_NOT_AVAILABLE (seen on Kafka 4.4 within seconds of
    // start-up): such answers are retried, re-listing first, as the topic may exist by then.
    for (let attempt = 1; ; attempt++) {
      // Only the missing ones: asking the broker to create an existing topic costs a round trip
      // and makes kafkajs log the refusal at error level. An existing topic is left as it is
      // (even with another partition count), as in the memory bus.
      const existing = await listTopics(client);
      const missing = specs.filter((s) => !existing.has(s.name));
      try {
        if (missing.length > 0) {
          await client.createTopics({
            waitForLeaders: true,
            topics: missing.map((s) => ({
              topic: s.name,
              numPartitions: s.partitions,
              replicationFactor,
              configEntries: [{ name: 'max.message.bytes', value: String(maxMessageBytes) }],
            })),
          });
        }
        // Return only once every partition answers, so lag() or a consumer right after works.
        for (const { name } of specs) await watermarks(client, name);
        return;
      } catch (error) {
        const types = kafkaErrorTypes(error);
        // Created by someone else between our listing and our request: wait for it like ours.
        const raced = types.length > 0 && types.every((t) => t === 'TOPIC_ALREADY_EXISTS');
        const settling = types.some((t) => NOT_READY.has(t));
        if ((!raced && !settling) || attempt >= 10) {
          throw unavailable(`creating topics ${missing.map((s) => s.name).join(', ')}`, error);
        }
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  };

  /** Creates topics this bus has not seen yet with the default partition count (the memory bus's auto-create). */
  const ensureKnown = async (names: readonly string[]): Promise<void> => {
    const missing = [...new Set(names)].filter((n) => !knownTopics.has(n));
    if (missing.length > 0) {
      const pending = createTopics(missing.map((name) => ({ name, partitions: defaultPartitions })));
      for (const name of missing) {
        knownTopics.set(
          name,
          pending.catch((error: unknown) => {
            knownTopics.delete(name);
            throw error;
          }),
        );
      }
    }
    await Promise.all(names.map((n) => knownTopics.get(n) ?? Promise.resolve()));
  };

  const stopMember = (member: MemberState, ownTp: string | null): Promise<void> => {
    if (!member.stopped) {
      member.status = 'stopping';
      member.stopped = (async () => {
        // Fetch nothing more (a batch fetched meanwhile is skipped, unresolved and uncommitted).
        // kafkajs' own stop() is only called once our handlers are done, because while it is
        // stopping it silently drops commitOffsets calls, which would lose the in-flight batch's commit.
        try {
          member.client.pause(member.topics.map((topic) => ({ topic })));
        } catch {
          // Not running (yet or any more): nothing to pause.
        }
        // Every batch in flight, including that of a handler that called stop() itself: kafkajs
        // lets the member leave only once its eachBatch has returned.
        await Promise.allSettled(member.inFlight.values());
        try {
          await member.client.disconnect();
        } catch (error) {
          log.warn({ err: error, groupId: member.groupId }, 'kafka consumer did not disconnect cleanly');
        } finally {
          member.status = 'stopped';
          members.delete(member);
        }
      })();
    }
    if (ownTp === null) return member.stopped;
    // From inside a handler: resolve once the member's other batches are done, as the memory
    // bus does; leaving the group then completes after this handler returns.
    return Promise.allSettled(
      [...member.inFlight].filter(([tp]) => tp !== ownTp).map(([, done]) => done),
    ).then(() => undefined);
  };

  const runBatch = async (member: MemberState, payload: EachBatchPayload): Promise<void> => {
    const { batch } = payload;
    const { topic, partition } = batch;
    const tp = `${topic}/${partition}`;
    let lost = false;
    const owns = (): boolean => member.assignment.get(topic)?.has(partition) ?? false;
    const active = (): boolean =>
      member.status === 'running' && !closed && !lost && owns() && payload.isRunning() && !payload.isStale();
    const control: BatchControl = {
      commit: async (offset) => {
        if (!/^\d+$/u.test(offset)) throw misuse(`commit offset must be a decimal string, got ${offset}`);
        if (BigInt(offset) > BigInt(batch.highWatermark)) {
          throw misuse(`commit offset ${offset} is past the end (${batch.highWatermark}) of ${tp}`);
        }
        try {
          await member.client.commitOffsets([{ topic, partition, offset }]);
        } catch (error) {
          throw toCommitError(error, member.groupId, topic, partition);
        }
      },
      heartbeat: async () => {
        try {
          await payload.heartbeat();
        } catch (error) {
          // A rebalance took (or is taking) the partition away: the handler sees isRunning()
          // turn false and winds down, as with the memory bus; kafkajs rejoins after the batch.
          if (kafkaErrorTypes(error).some((t) => FENCED.has(t) || t === 'NOT_COORDINATOR_FOR_GROUP')) {
            lost = true;
            return;
          }
          throw unavailable(`heartbeat of group ${member.groupId}`, error);
        }
      },
      isRunning: active,
    };
    for (let start = 0; start < batch.messages.length; start += batchSize) {
      if (!active()) return;
      const chunk = batch.messages.slice(start, start + batchSize);
      const messages = chunk.map((m) => toBusMessage(topic, partition, m));
      const slice: Batch = { topic, partition, messages };
      try {
        await inHandler.run({ member, tp }, () => member.handler(slice, control));
      } catch (error) {
        reportHandlerFailure(onError, error, { groupId: member.groupId, topic, partition, messages });
        void stopMember(member, tp);
        return;
      }
      // Like the memory bus (and a Kafka consumer), the fetch position moves past what was
      // delivered whether or not it was committed; only the committed offset survives a rebalance.
      payload.resolveOffset(chunk[chunk.length - 1]!.offset);
    }
  };

  const consumer = (consumerOptions: ConsumerOptions): Consumer => {
    if (consumerOptions.topics.length === 0) throw misuse('a consumer needs at least one topic');
    for (const topic of consumerOptions.topics) assertTopicName(topic);
    const topics = [...new Set(consumerOptions.topics)];
    const fromBeginning = consumerOptions.fromBeginning ?? true;
    let member: MemberState | null = null;

    const run = async (handler: BatchHandler): Promise<void> => {
      assertOpen();
      if (member && member.status !== 'stopped') {
        throw misuse(`consumer of group ${consumerOptions.groupId} is already running`);
      }
      // Subscribing to a missing topic creates it, as the memory bus does.
      await ensureKnown(topics);
      const client = kafka.consumer({
        groupId: consumerOptions.groupId,
        sessionTimeout: sessionTimeoutMs,
        heartbeatInterval: Math.max(100, Math.min(3000, Math.floor(sessionTimeoutMs / 3))),
        rebalanceTimeout: Math.max(sessionTimeoutMs, 60_000),
        maxWaitTimeInMs: maxWaitTimeMs,
        // Room for one message of the largest size per fetch (the broker sends at least one anyway).
        maxBytesPerPartition: maxMessageBytes,
        maxBytes: Math.max(10 * 1024 * 1024, maxMessageBytes),
        allowAutoTopicCreation: false,
      });
      const state: MemberState = {
        groupId: consumerOptions.groupId,
        topics,
        client,
        handler,
        status: 'running',
        assignment: new Map(),
        inFlight: new Map(),
        stopped: null,
      };
      member = state;
      members.add(state);
      client.on(client.events.GROUP_JOIN, ({ payload }) => {
        state.assignment = new Map(
          Object.entries(payload.memberAssignment).map(([topic, partitions]) => [topic, new Set(partitions)]),
        );
      });
      client.on(client.events.CRASH, ({ payload }) => {
        log.error(
          { err: payload.error, groupId: payload.groupId, restart: payload.restart },
          `kafka consumer of group ${payload.groupId} crashed${payload.restart ? '; kafkajs restarts it' : ''}`,
        );
        if (!payload.restart) state.status = 'stopped';
      });
      // For a group without commits that starts at the end, kafkajs reads "the end" at its first
      // fetch; wait for that, so every message sent after run() resolved is seen (as in the memory bus).
      const firstFetch = new Promise<void>((resolve) => {
        const off = client.on(client.events.FETCH, () => {
          off();
          resolve();
        });
      });
      try {
        await client.connect();
        await client.subscribe({ topics, fromBeginning });
        await client.run({
          autoCommit: false,
          eachBatchAutoResolve: false,
          partitionsConsumedConcurrently: concurrency,
          eachBatch: async (payload) => {
            // Stopping: leave the batch unresolved and uncommitted; the next owner reads it.
            if (state.status !== 'running') return;
            const tp = `${payload.batch.topic}/${payload.batch.partition}`;
            // Registered before the handler runs: a handler may call stop() before its first
            // await, and stop() must then still wait for this batch.
            const done = Promise.withResolvers<void>();
            state.inFlight.set(tp, done.promise);
            try {
              await runBatch(state, payload);
            } finally {
              state.inFlight.delete(tp);
              done.resolve();
            }
          },
        });
      } catch (error) {
        state.status = 'stopped';
        members.delete(state);
        await client.disconnect().catch(() => undefined);
        throw unavailable(`consumer start of group ${consumerOptions.groupId}`, error);
      }
      const assigned = [...state.assignment.values()].some((partitions) => partitions.size > 0);
      if (!fromBeginning && assigned) {
        // Bounded: a fetch that never comes (the broker went away) must not hang run().
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          firstFetch,
          new Promise<void>((resolve) => (timer = setTimeout(resolve, sessionTimeoutMs))),
        ]);
        clearTimeout(timer);
      }
    };

    return {
      run,
      stop: () => {
        if (member === null) return Promise.resolve();
        const current = inHandler.getStore();
        return stopMember(member, current?.member === member ? current.tp : null);
      },
    };
  };

  const producer = async (): Promise<Producer> => {
    assertOpen();
    const client = kafka.producer({
      idempotent: true,
      // The idempotent producer keeps order per partition with up to 5 in flight, but kafkajs
      // only guarantees it with 1.
      maxInFlightRequests: 1,
      // Explicit, which also silences kafkajs' "switched default partitioner" warning:
      // murmur2 of the key, as the Java client and our memory bus's partitionForKey.
      createPartitioner: Partitioners.DefaultPartitioner,
      allowAutoTopicCreation: false,
      // kafkajs refuses an idempotent producer without retries (its sequence numbers are what
      // make a retried send safe), so at least one.
      retry: { retries: Math.max(1, retries) },
    });
    try {
      await client.connect();
    } catch (error) {
      await client.disconnect().catch(() => undefined);
      throw unavailable('producer connect', error);
    }
    producers.add(client);
    let producerClosed = false;
    return {
      send: async (topic, messages) => {
        if (producerClosed || closed) throw misuse('producer is closed');
        assertTopicName(topic);
        const prepared = prepare(messages);
        if (prepared.length === 0) return;
        await ensureKnown([topic]);
        try {
          for (const chunk of chunkBySize(prepared, SEND_CHUNK_BYTES)) {
            await client.send({ topic, acks: -1, messages: chunk });
          }
        } catch (error) {
          throw toSendError(error, topic);
        }
      },
      close: async () => {
        if (producerClosed) return;
        producerClosed = true;
        producers.delete(client);
        await client.disconnect();
      },
    };
  };

  const ensureTopics = async (specs: readonly TopicSpec[]): Promise<void> => {
    assertOpen();
    const wanted = new Map<string, number>();
    for (const spec of specs) {
      assertTopicName(spec.name);
      wanted.set(spec.name, positiveInt(spec.partitions ?? defaultPartitions, `partitions of ${spec.name}`));
    }
    if (dlqTopic !== null && !wanted.has(dlqTopic)) wanted.set(dlqTopic, defaultPartitions);
    const list = [...wanted].map(([name, partitions]) => ({ name, partitions }));
    await createTopics(list);
    for (const { name } of list) knownTopics.set(name, Promise.resolve());
  };

  const lag = async (groupId: string, topic: string): Promise<PartitionLag[]> => {
    assertTopicName(topic);
    const client = await getAdmin();
    // Checked first: kafkajs retries an unknown topic for seconds before it gives up.
    // Like the memory bus, an unknown topic has no lag.
    if (!(await listTopics(client)).has(topic)) return [];
    let ends: { partition: number; high: string; low: string }[];
    try {
      ends = await watermarks(client, topic);
    } catch (error) {
      throw unavailable(`reading the end offsets of ${topic}`, error);
    }
    let committed: Map<number, string>;
    try {
      const [offsets] = await client.fetchOffsets({ groupId, topics: [topic] });
      committed = new Map((offsets?.partitions ?? []).map((p) => [p.partition, p.offset]));
    } catch (error) {
      throw unavailable(`reading the offsets of group ${groupId} on ${topic}`, error);
    }
    return ends
      .map(({ partition, high, low }): PartitionLag => {
        const at = committed.get(partition);
        // kafkajs gives '-1' for "no commit". Without one, the whole retained partition counts
        // as pending (the group's default start), as in the memory bus.
        const has = at !== undefined && at !== '-1';
        return {
          partition,
          committed: has ? at : null,
          end: high,
          lag: Math.max(0, Number(high) - Number(has ? at : low)),
        };
      })
      .sort((a, b) => a.partition - b.partition);
  };

  const resetOffsets = async (groupId: string, topic: string, to: 'earliest' | 'latest'): Promise<void> => {
    assertOpen();
    assertTopicName(topic);
    const client = await getAdmin();
    if (!(await listTopics(client)).has(topic))
      throw misuse(`cannot reset offsets on unknown topic ${topic}`);
    let members: number;
    try {
      const described = await client.describeGroups([groupId]);
      members = described.groups.find((g) => g.groupId === groupId)?.members.length ?? 0;
    } catch (error) {
      throw unavailable(`describing group ${groupId}`, error);
    }
    if (members > 0) {
      throw misuse(`cannot reset offsets of group ${groupId}: it has ${members} running member(s)`);
    }
    try {
      // Not admin.resetOffsets: kafkajs 2.2.4 commits the sentinels -2/-1 there, which a
      // consumer then reads as "no commit" and replaces by its own fromBeginning choice, so
      // 'latest' could replay everything. Commit the real low/high watermarks instead.
      // setOffsets joins the group with a throwaway consumer and waits for its first fetch
      // (kafkajs' default 5 s long poll), so a reset takes about 5 s; fine for an operator action.
      const ends = await watermarks(client, topic);
      await client.setOffsets({
        groupId,
        topic,
        partitions: ends.map(({ partition, low, high }) => ({
          partition,
          offset: to === 'earliest' ? low : high,
        })),
      });
    } catch (error) {
      throw unavailable(`resetting offsets of group ${groupId} on ${topic}`, error);
    }
  };

  return {
    kind: 'kafka',
    ensureTopics,
    producer,
    consumer,
    lag,
    resetOffsets,
    close: async () => {
      if (closed) return;
      const current = inHandler.getStore();
      await Promise.all([...members].map((m) => stopMember(m, current?.member === m ? current.tp : null)));
      closed = true;
      const pendingAdmin = admin;
      admin = null;
      await Promise.allSettled([
        ...[...producers].map((p) => p.disconnect()),
        pendingAdmin?.then((a) => a.disconnect()),
      ]);
      producers.clear();
    },
  };
};
