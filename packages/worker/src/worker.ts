// The one worker runtime: consume a batch -> run the stage per message -> produce outputs ->
// commit. At-least-once: offsets are committed only after every output of the batch (and
// every dead letter) is accepted by the bus. Retry versus DLQ is decided here, from the
// error's `retryable` flag alone. Ordering within a partition is kept: messages of one
// batch are handled one after another.
import { createHash } from 'node:crypto';
import type {
  Batch,
  BatchControl,
  Bus,
  BusMessage,
  Consumer,
  OutgoingMessage,
  Producer,
} from '@newswire/bus';
import {
  DeadLetter,
  NewswireError,
  SCHEMA_VERSION,
  Topic,
  encodeMessage,
  toNewswireError,
} from '@newswire/contracts';
import type { Logger } from '@newswire/logger';
import { backoffMs, sleep } from './backoff.ts';
import type { AnyStage, StageOutput } from './stage.ts';

export const WorkerState = {
  Idle: 'idle',
  Starting: 'starting',
  Running: 'running',
  Draining: 'draining',
  Stopped: 'stopped',
  Failed: 'failed',
} as const;
export type WorkerState = (typeof WorkerState)[keyof typeof WorkerState];

export interface WorkerOptions {
  readonly bus: Bus;
  readonly stage: AnyStage;
  readonly logger: Logger;
  /** Consumer group. Default: `newswire.<stage name>`. */
  readonly groupId?: string;
  /** Prepended to every topic name (test isolation). Default ''. */
  readonly topicPrefix?: string;
  /** Tries per message for retryable errors before it goes to the DLQ. Default 5. */
  readonly maxAttempts?: number;
  /** Default 200 ms. */
  readonly retryBaseMs?: number;
  /** Default 10 000 ms. */
  readonly retryMaxMs?: number;
  /** How long stop() waits for in-flight work before it gives up. Default 15 000 ms. */
  readonly shutdownTimeoutMs?: number;
  readonly clock?: () => Date;
  /** Called after each handled message (for summaries and tests). */
  readonly onProcessed?: (event: ProcessedEvent) => void;
}

export interface ProcessedEvent {
  readonly stage: string;
  readonly message: BusMessage;
  readonly outcome: 'ok' | 'dead-letter';
  readonly outputs: number;
  readonly ms: number;
  readonly error?: NewswireError;
}

export interface WorkerMetrics {
  readonly state: WorkerState;
  readonly processed: number;
  readonly produced: number;
  readonly deadLettered: number;
  readonly retries: number;
  readonly handlerMs: number;
  readonly lastError: string | null;
}

export interface Worker {
  readonly stage: AnyStage;
  start(): Promise<void>;
  /** Graceful: stop fetching, finish the batch in flight, commit, close. */
  stop(): Promise<void>;
  state(): WorkerState;
  metrics(): WorkerMetrics;
}

export const deadLetterId = (stage: string, code: string, original: Buffer): string =>
  `${stage}-${createHash('sha256').update(stage).update('\0').update(code).update('\0').update(original).digest('hex').slice(0, 24)}`;

export const createWorker = (options: WorkerOptions): Worker => {
  const { bus, stage } = options;
  const prefix = options.topicPrefix ?? '';
  const maxAttempts = options.maxAttempts ?? 5;
  const retryBaseMs = options.retryBaseMs ?? 200;
  const retryMaxMs = options.retryMaxMs ?? 10_000;
  const shutdownTimeoutMs = options.shutdownTimeoutMs ?? 15_000;
  const clock = options.clock ?? (() => new Date());
  const logger = options.logger.child({ stage: stage.name });
  const groupId = options.groupId ?? `newswire.${stage.name}`;
  const abort = new AbortController();

  let state: WorkerState = WorkerState.Idle;
  let consumer: Consumer | null = null;
  let producer: Producer | null = null;
  const counters = { processed: 0, produced: 0, deadLettered: 0, retries: 0, handlerMs: 0 };
  let lastError: string | null = null;

  const topic = (logical: string): string => `${prefix}${logical}`;

  const toOutgoing = (out: StageOutput): OutgoingMessage => ({
    key: out.key,
    value: out.value,
    ...(out.headers ? { headers: out.headers } : {}),
  });

  const deadLetter = (
    message: BusMessage,
    error: NewswireError,
    attempts: number,
    storyId: string | null,
  ): StageOutput => {
    const letter: DeadLetter = DeadLetter.parse({
      schemaVersion: SCHEMA_VERSION,
      id: deadLetterId(stage.name, error.code, message.value),
      stage: stage.name,
      code: error.code,
      message: error.message,
      retryable: error.retryable,
      attempts,
      failedAt: clock().toISOString(),
      storyId,
      source: {
        topic: message.topic,
        partition: message.partition,
        offset: message.offset,
        key: message.key,
      },
      original: message.value.toString('base64'),
    });
    return {
      topic: Topic.Dlq,
      key: message.key,
      value: encodeMessage(letter),
      headers: { 'x-newswire-stage': stage.name, 'x-newswire-error': error.code },
    };
  };

  interface Outcome {
    readonly outputs: StageOutput[];
    readonly after: (() => Promise<void>) | null;
    readonly storyId: string | null;
  }

  /** Runs one message to an outcome: its outputs, or one dead letter. Throws only when stopping. */
  const processOne = async (message: BusMessage): Promise<Outcome> => {
    const started = performance.now();
    let storyId: string | null = null;
    let log = logger.child({
      topic: message.topic,
      partition: message.partition,
      offset: message.offset,
      messageKey: message.key,
    });
    for (let attempt = 1; ; attempt++) {
      try {
        const input: unknown = stage.decode(message);
        const described = stage.describe?.(input);
        if (described?.storyId) {
          storyId = described.storyId;
          log = log.child({ storyId: described.storyId, version: described.version });
        }
        const outputs = await stage.handle(input, { logger: log, message, attempt, signal: abort.signal });
        const ms = performance.now() - started;
        counters.processed++;
        counters.handlerMs += ms;
        log.debug({ outputs: outputs.length, ms: Math.round(ms * 10) / 10 }, 'handled');
        options.onProcessed?.({ stage: stage.name, message, outcome: 'ok', outputs: outputs.length, ms });
        const context = { logger: log, message, attempt, signal: abort.signal };
        return {
          outputs: [...outputs],
          after: stage.afterProduced
            ? () => stage.afterProduced?.(input, context) ?? Promise.resolve()
            : null,
          storyId,
        };
      } catch (thrown) {
        const error = toNewswireError(thrown);
        lastError = `${error.code}: ${error.message}`;
        if (error.retryable && attempt < maxAttempts && !abort.signal.aborted) {
          counters.retries++;
          const wait = backoffMs(attempt, retryBaseMs, retryMaxMs);
          log.warn({ err: error, code: error.code, attempt, retryInMs: wait }, 'transient failure, retrying');
          await sleep(wait, abort.signal);
          continue;
        }
        if (error.retryable && abort.signal.aborted) {
          // Shutting down: leave the message uncommitted so the next member retries it.
          throw error;
        }
        const ms = performance.now() - started;
        counters.processed++;
        counters.deadLettered++;
        counters.handlerMs += ms;
        log.error({ code: error.code, reason: error.message, attempts: attempt }, 'rejected to the DLQ');
        options.onProcessed?.({ stage: stage.name, message, outcome: 'dead-letter', outputs: 1, ms, error });
        return { outputs: [deadLetter(message, error, attempt, storyId)], after: null, storyId };
      }
    }
  };

  /** An output waiting to be produced, with the input it came from (for a dead letter). */
  interface Pending {
    readonly out: StageOutput;
    readonly source: BusMessage;
    readonly storyId: string | null;
  }

  /**
   * Runs a bus call, retrying transient failures with backoff while `keepTrying()` holds. Resolves
   * null once it succeeds, or the error it gave up on: one not retryable, or any once `keepTrying()`
   * turns false.
   */
  const retrying = async (
    call: () => Promise<void>,
    keepTrying: () => boolean,
    what: string,
    where: Record<string, unknown>,
  ): Promise<NewswireError | null> => {
    for (let attempt = 1; ; attempt++) {
      try {
        await call();
        return null;
      } catch (thrown) {
        const error = toNewswireError(thrown);
        lastError = `${error.code}: ${error.message}`;
        if (!error.retryable || !keepTrying()) return error;
        counters.retries++;
        const wait = backoffMs(attempt, retryBaseMs, retryMaxMs);
        logger.warn({ err: error, ...where, attempt, retryInMs: wait }, `${what} failed, retrying`);
        await sleep(wait, abort.signal);
      }
    }
  };

  /**
   * Sends, retrying transient failures with backoff while running. Returns the error when the
   * bus refuses for good (not retryable), so the caller can find the culprit; throws only when
   * stopping, which leaves the batch uncommitted for redelivery.
   */
  const sendWithRetry = async (
    logical: string,
    messages: OutgoingMessage[],
  ): Promise<NewswireError | null> => {
    const send = producer;
    if (send === null) throw new Error('worker has no producer');
    const error = await retrying(
      async () => {
        await send.send(topic(logical), messages);
        counters.produced += messages.length;
      },
      () => !abort.signal.aborted,
      'produce',
      { topic: topic(logical) },
    );
    if (error?.retryable) throw error; // stopping mid-retry
    return error;
  };

  /** Produces a batch's outputs; an output the bus refuses for good turns into a dead letter of its input. */
  const produceAll = async (items: readonly Pending[]): Promise<void> => {
    const byTopic = new Map<string, Pending[]>();
    for (const item of items) byTopic.set(item.out.topic, [...(byTopic.get(item.out.topic) ?? []), item]);
    for (const [logical, group] of byTopic) {
      const refused = await sendWithRetry(
        logical,
        group.map((i) => toOutgoing(i.out)),
      );
      if (refused === null) continue;
      logger.error(
        { err: refused, topic: topic(logical) },
        'the bus refused a batch; sending its messages one by one',
      );
      for (const item of group) {
        const one = await sendWithRetry(logical, [toOutgoing(item.out)]);
        if (one === null) continue;
        const where = {
          topic: item.source.topic,
          partition: item.source.partition,
          offset: item.source.offset,
        };
        if (logical === Topic.Dlq) {
          logger.error(
            { err: one, ...where },
            'dead letter refused by the bus; the input stays in its topic at this offset',
          );
          continue;
        }
        const error = new NewswireError(one.code, `output to ${logical} refused by the bus: ${one.message}`, {
          cause: one,
          retryable: false,
        });
        const letter = deadLetter(item.source, error, 1, item.storyId);
        counters.deadLettered++;
        if ((await sendWithRetry(Topic.Dlq, [toOutgoing(letter)])) !== null) {
          logger.error(
            { err: one, ...where },
            'dead letter refused by the bus too; the input stays in its topic at this offset',
          );
        }
      }
    }
  };

  /**
   * A heartbeat the broker did not answer is not a reason to stop consuming: the bus's own
   * session keeps the member alive, and a lost partition shows in control.isRunning().
   */
  const heartbeat = async (control: BatchControl): Promise<void> => {
    try {
      await control.heartbeat();
    } catch (thrown) {
      const error = toNewswireError(thrown);
      lastError = `${error.code}: ${error.message}`;
      logger.warn({ err: error }, 'heartbeat failed; going on with the batch');
    }
  };

  /**
   * Commits after the outputs are on the bus. A transient failure is retried with backoff for as
   * long as this member owns the partition (a throw here would stop the consumer for good and
   * leave the partition unread). A member that lost the partition leaves the batch uncommitted:
   * its new owner reads it again, and the writer's dedup keeps that to one document.
   */
  const commitWithRetry = async (control: BatchControl, batch: Batch, offset: string): Promise<void> => {
    const where = { topic: batch.topic, partition: batch.partition, offset };
    const error = await retrying(
      () => control.commit(offset),
      () => control.isRunning() && !abort.signal.aborted,
      'commit',
      where,
    );
    if (error) {
      logger.warn({ err: error, ...where }, 'commit failed; the batch will be read again by the next owner');
    }
  };

  const handleBatch = async (batch: Batch, control: BatchControl): Promise<void> => {
    const pending: Pending[] = [];
    const afters: Array<() => Promise<void>> = [];
    let lastDone: BusMessage | null = null;
    for (const message of batch.messages) {
      if (!control.isRunning() || abort.signal.aborted) break;
      try {
        const outcome = await processOne(message);
        for (const out of outcome.outputs) pending.push({ out, source: message, storyId: outcome.storyId });
        if (outcome.after) afters.push(outcome.after);
      } catch {
        break; // shutting down mid-retry: this message and the rest are redelivered
      }
      lastDone = message;
      await heartbeat(control);
    }
    if (lastDone === null) return;
    try {
      await produceAll(pending);
    } catch {
      logger.warn(
        { topic: batch.topic, partition: batch.partition },
        'stopping before outputs were produced; batch will be redelivered',
      );
      return;
    }
    for (const after of afters) {
      try {
        await after();
      } catch (thrown) {
        // Only bookkeeping (dedup marks) runs here; failing it costs a repeat, never a loss.
        logger.warn({ err: toNewswireError(thrown) }, 'after-produce hook failed');
      }
    }
    await commitWithRetry(control, batch, (BigInt(lastDone.offset) + 1n).toString());
  };

  const start = async (): Promise<void> => {
    if (state !== WorkerState.Idle) throw new Error(`worker ${stage.name} already started (${state})`);
    state = WorkerState.Starting;
    try {
      producer = await bus.producer();
      consumer = bus.consumer({ groupId, topics: [topic(stage.inputTopic)], fromBeginning: true });
      await consumer.run(handleBatch);
      state = WorkerState.Running;
      logger.info({ groupId, topic: topic(stage.inputTopic), version: stage.version }, 'worker running');
    } catch (thrown) {
      state = WorkerState.Failed;
      lastError = String(thrown);
      throw thrown;
    }
  };

  const stop = async (): Promise<void> => {
    if (state === WorkerState.Stopped || state === WorkerState.Idle) {
      state = WorkerState.Stopped;
      return;
    }
    state = WorkerState.Draining;
    logger.info('draining');
    const drain = async (): Promise<void> => {
      // Cut retry back-offs short; a handler already running finishes, its outputs are
      // produced and committed, and anything not finished is left for redelivery.
      abort.abort();
      await consumer?.stop();
      await producer?.close();
    };
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), shutdownTimeoutMs);
    });
    const result = await Promise.race([drain().then(() => 'done' as const), timeout]);
    clearTimeout(timer);
    if (result === 'timeout') {
      abort.abort();
      state = WorkerState.Failed;
      throw new Error(`worker ${stage.name} did not drain within ${shutdownTimeoutMs} ms`);
    }
    state = WorkerState.Stopped;
    logger.info(counters, 'stopped');
  };

  return {
    stage,
    start,
    stop,
    state: () => state,
    metrics: () => ({ state, ...counters, lastError }),
  };
};
