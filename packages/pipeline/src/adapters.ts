// Picks the adapters from the resolved config: Kafka, S3 and Redis where they are configured,
// else the in-memory bus, the filesystem store under DATA_DIR and in-memory dedup.
import { createKafkaBus, createMemoryBus } from '@newswire/bus';
import type { Bus } from '@newswire/bus';
import type { ResolvedConfig } from '@newswire/config';
import { Topic } from '@newswire/contracts';
import { createMemoryDedup, createRedisDedup } from '@newswire/dedup';
import type { DedupStore } from '@newswire/dedup';
import type { Logger } from '@newswire/logger';
import { createFsStore, createS3Store } from '@newswire/storage';
import type { ObjectStore } from '@newswire/storage';

export interface Adapters {
  readonly bus: Bus;
  readonly store: ObjectStore;
  readonly dedup: DedupStore;
  /** Closes in reverse order of creation. */
  close(): Promise<void>;
}

export const describeAdapters = (a: Pick<Adapters, 'bus' | 'store' | 'dedup'>): string =>
  `bus=${a.bus.kind} store=${a.store.kind} dedup=${a.dedup.kind}`;

export const createAdapters = async (config: ResolvedConfig, logger: Logger): Promise<Adapters> => {
  const bus: Bus = config.kafka
    ? createKafkaBus({
        brokers: config.kafka.brokers,
        clientId: config.kafka.clientId,
        defaultPartitions: config.kafka.topicPartitions,
        sessionTimeoutMs: config.kafka.sessionTimeoutMs,
        batchSize: config.worker.batchSize,
        dlqTopic: `${config.kafka.topicPrefix}${Topic.Dlq}`,
        logger: logger.child({ component: 'kafka' }),
      })
    : createMemoryBus({
        maxBatchSize: config.worker.batchSize,
        // The worker runtime catches everything per message; reaching this is a runtime bug.
        onError: (error, where) =>
          logger.error({ err: error, ...where }, 'batch handler failed; member stopped'),
      });
  const store: ObjectStore = config.s3
    ? createS3Store({
        endpoint: config.s3.endpoint,
        region: config.s3.region,
        bucket: config.s3.bucket,
        accessKeyId: config.s3.accessKeyId,
        secretAccessKey: config.s3.secretAccessKey,
        forcePathStyle: config.s3.forcePathStyle,
        maxSockets: config.s3.maxSockets,
      })
    : createFsStore({ rootDir: config.dataDir });
  const dedup: DedupStore = config.redis ? createRedisDedup({ url: config.redis.url }) : createMemoryDedup();
  await store.ensure();
  return {
    bus,
    store,
    dedup,
    async close() {
      await dedup.close();
      await store.close();
      await bus.close();
    },
  };
};
