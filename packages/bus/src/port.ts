// The Bus port: what the worker runtime needs from a log-structured message bus. Semantics
// follow Kafka's (topics of partitions, ordered per key, consumer groups, committed offsets
// meaning "next offset to read"), so the in-memory adapter and the Kafka adapter are
// interchangeable for the code above them.

export interface BusMessage {
  readonly topic: string;
  readonly partition: number;
  /** Decimal string, as Kafka gives it. */
  readonly offset: string;
  readonly key: string | null;
  readonly value: Buffer;
  readonly headers: Readonly<Record<string, string>>;
  /** Milliseconds since the epoch, as a decimal string. */
  readonly timestamp: string;
}

export interface OutgoingMessage {
  readonly key: string | null;
  readonly value: Buffer | string;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface TopicSpec {
  readonly name: string;
  /** Default: the adapter's configured default (3). */
  readonly partitions?: number;
}

export interface BatchControl {
  /** Commit `offset` (the next offset to read) for the batch's partition. */
  commit(offset: string): Promise<void>;
  heartbeat(): Promise<void>;
  /** False once stop() was called or the consumer lost its assignment. */
  isRunning(): boolean;
}

export interface Batch {
  readonly topic: string;
  readonly partition: number;
  readonly messages: readonly BusMessage[];
}

export type BatchHandler = (batch: Batch, control: BatchControl) => Promise<void>;

export interface ConsumerOptions {
  readonly groupId: string;
  readonly topics: readonly string[];
  /** Where a group without committed offsets starts. Default true. */
  readonly fromBeginning?: boolean;
}

export interface Consumer {
  /** Starts fetching and resolves once the consumer is subscribed; batches go to `handler`. */
  run(handler: BatchHandler): Promise<void>;
  /** Stops fetching, waits for the batch in flight, then leaves the group. */
  stop(): Promise<void>;
}

export interface Producer {
  /** Resolves when every message is durably accepted by the bus. */
  send(topic: string, messages: readonly OutgoingMessage[]): Promise<void>;
  close(): Promise<void>;
}

export interface PartitionLag {
  readonly partition: number;
  readonly committed: string | null;
  readonly end: string;
  readonly lag: number;
}

export interface Bus {
  readonly kind: 'memory' | 'kafka';
  ensureTopics(topics: readonly TopicSpec[]): Promise<void>;
  producer(): Promise<Producer>;
  consumer(options: ConsumerOptions): Consumer;
  /** Per-partition lag of a group on a topic. */
  lag(groupId: string, topic: string): Promise<PartitionLag[]>;
  /** Moves a group's committed offsets (the group must have no running member). */
  resetOffsets(groupId: string, topic: string, to: 'earliest' | 'latest'): Promise<void>;
  close(): Promise<void>;
}

/** Where a failed batch came from, for a bus's `onError` (both adapters give this shape). */
export interface ConsumerErrorContext {
  readonly groupId: string;
  readonly topic: string;
  readonly partition: number;
  /** First and last offset of the batch whose handler threw. */
  readonly firstOffset: string;
  readonly lastOffset: string;
}

/**
 * Tells `onError` that a batch handler threw. A throwing callback is swallowed: it must not take
 * the consumer, or the bus, down with it.
 */
export const reportHandlerFailure = (
  onError: (error: unknown, context: ConsumerErrorContext) => void,
  error: unknown,
  where: { groupId: string; topic: string; partition: number; messages: readonly BusMessage[] },
): void => {
  try {
    onError(error, {
      groupId: where.groupId,
      topic: where.topic,
      partition: where.partition,
      firstOffset: where.messages[0]?.offset ?? '',
      lastOffset: where.messages[where.messages.length - 1]?.offset ?? '',
    });
  } catch {
    // ignored on purpose (see above)
  }
};
