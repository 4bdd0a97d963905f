// Replays as BullMQ jobs on Redis: `newswire replay` enqueues one, the archiver service runs
// them (it owns raw/), reporting progress on the job. A job that fails (store or bus down)
// is retried by BullMQ with backoff; replaying twice is harmless (deterministic keys).
import { Queue, QueueEvents, Worker } from 'bullmq';
import type { Job } from 'bullmq';
import type { Bus } from '@newswire/bus';
import type { Logger } from '@newswire/logger';
import type { ObjectStore } from '@newswire/storage';
import { Redis } from 'ioredis';
import { normalizeReplayPrefix, replayArchive } from './replay-archive.ts';
import type { ReplayProgress, ReplayResult } from './replay-archive.ts';

export const REPLAY_QUEUE = 'newswire-replay';

export interface ReplayJobData {
  /** Key prefix under raw/. */
  readonly prefix: string;
}

export interface ReplayQueueOptions {
  readonly redisUrl: string;
  /** BullMQ key prefix; tests isolate runs with it. Default 'newswire'. */
  readonly queuePrefix?: string;
}

const connect = (url: string): Redis =>
  // BullMQ needs blocking commands without a per-request retry cap.
  new Redis(url, { maxRetriesPerRequest: null, lazyConnect: false });

export interface ReplayQueue {
  /** Enqueues a replay of `prefix`; resolves to the job id. */
  enqueue(prefix?: string): Promise<string>;
  /** Waits until the job finished; resolves to its result, rejects with its failure. */
  waitFor(jobId: string, timeoutMs: number): Promise<ReplayResult>;
  close(): Promise<void>;
}

export const createReplayQueue = (options: ReplayQueueOptions): ReplayQueue => {
  const connection = connect(options.redisUrl);
  const prefix = options.queuePrefix ?? 'newswire';
  const queue = new Queue<ReplayJobData, ReplayResult>(REPLAY_QUEUE, { connection, prefix });
  let events: QueueEvents | null = null;
  return {
    async enqueue(archivePrefix) {
      const job = await queue.add(
        'replay',
        { prefix: normalizeReplayPrefix(archivePrefix) },
        {
          attempts: 3,
          backoff: { type: 'exponential', delay: 1000 },
          removeOnComplete: 100,
          removeOnFail: 100,
        },
      );
      if (job.id === undefined) throw new Error('BullMQ gave the replay job no id');
      return job.id;
    },
    async waitFor(jobId, timeoutMs) {
      events ??= new QueueEvents(REPLAY_QUEUE, { connection: connection.duplicate(), prefix });
      await events.waitUntilReady();
      const job = await queue.getJob(jobId);
      if (!job) throw new Error(`replay job ${jobId} not found`);
      return job.waitUntilFinished(events, timeoutMs);
    },
    async close() {
      await events?.close();
      await queue.close();
      connection.disconnect();
    },
  };
};

export interface ReplayWorkerOptions extends ReplayQueueOptions {
  readonly store: ObjectStore;
  readonly bus: Bus;
  readonly topicPrefix?: string;
  readonly logger: Logger;
}

export interface ReplayWorker {
  /** Finishes the job in flight, then disconnects. */
  close(): Promise<void>;
}

export const createReplayWorker = (options: ReplayWorkerOptions): ReplayWorker => {
  const connection = connect(options.redisUrl);
  const logger = options.logger.child({ component: 'replay' });
  const worker = new Worker<ReplayJobData, ReplayResult>(
    REPLAY_QUEUE,
    async (job: Job<ReplayJobData, ReplayResult>) => {
      const producer = await options.bus.producer();
      try {
        logger.info({ jobId: job.id, prefix: job.data.prefix }, 'replay started');
        const result = await replayArchive({
          store: options.store,
          producer,
          prefix: job.data.prefix,
          topicPrefix: options.topicPrefix ?? '',
          replayId: `job-${job.id ?? 'unknown'}`,
          onProgress: (p: ReplayProgress) => job.updateProgress({ ...p }),
        });
        logger.info(
          { jobId: job.id, ...result, unreadableKeys: result.unreadableKeys.slice(0, 20) },
          'replay done',
        );
        return result;
      } finally {
        await producer.close();
      }
    },
    { connection, prefix: options.queuePrefix ?? 'newswire', concurrency: 1 },
  );
  worker.on('failed', (job, error) => logger.error({ jobId: job?.id, err: error }, 'replay job failed'));
  worker.on('error', (error) => logger.error({ err: error }, 'replay worker error'));
  return {
    async close() {
      await worker.close();
      connection.disconnect();
    },
  };
};
