// A replay as a BullMQ job on a real Redis, reading a real S3 bucket and producing onto a real
// Kafka topic: what `newswire replay --wait` and the archiver service do together.
import { randomUUID } from 'node:crypto';
import { createKafkaBus } from '@newswire/bus';
import type { BusMessage } from '@newswire/bus';
import { RawStory, SCHEMA_VERSION, rawKey } from '@newswire/contracts';
import { createLogger } from '@newswire/logger';
import { createS3Store } from '@newswire/storage';
import type { ServerEnv, ServerPath } from '@newswire/testkit';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { REPLAY_ATTRIBUTE, createReplayQueue, createReplayWorker } from '../src/index.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    servers: ServerEnv & { path: ServerPath };
  }
}

const servers = inject('servers');
const run = randomUUID().slice(0, 8);
const logger = createLogger({ service: 'replay-test', level: 'warn', pretty: false });
const store = createS3Store({
  endpoint: servers.S3_ENDPOINT,
  region: servers.S3_REGION,
  bucket: `nw-replay-${run}`,
  accessKeyId: servers.S3_ACCESS_KEY_ID,
  secretAccessKey: servers.S3_SECRET_ACCESS_KEY,
  forcePathStyle: true,
  maxSockets: 8,
});
const bus = createKafkaBus({
  brokers: servers.KAFKA_BROKERS.split(','),
  clientId: 'replay-test',
  defaultPartitions: 1,
  sessionTimeoutMs: 6000,
  maxWaitTimeMs: 200,
  dlqTopic: null,
  logger,
});
const topicPrefix = `replay${run}.`;

afterAll(async () => {
  await bus.close();
  await store.close();
});

const raw = (n: number): RawStory =>
  RawStory.parse({
    schemaVersion: SCHEMA_VERSION,
    id: `r${run}${n}`,
    source: 'replay-test',
    receivedAt: '2026-11-01T00:00:00Z',
    payload: `Archived story ${n}.`,
    payloadEncoding: 'utf8',
    payloadSha256: `${n}`.padStart(64, '0'),
  });

describe('replay job (BullMQ on Redis, S3 archive, Kafka topic)', () => {
  it('replays every archived raw story onto the raw topic and reports the counts on the job', async () => {
    await store.ensure();
    for (const n of [1, 2, 3]) await store.put(rawKey(raw(n)), JSON.stringify(raw(n)));
    await bus.ensureTopics([{ name: `${topicPrefix}wire.raw`, partitions: 1 }]);
    const queuePrefix = `replay-test-${run}`;
    const worker = createReplayWorker({
      redisUrl: servers.REDIS_URL,
      store,
      bus,
      topicPrefix,
      queuePrefix,
      logger,
    });
    const queue = createReplayQueue({ redisUrl: servers.REDIS_URL, queuePrefix });
    try {
      const jobId = await queue.enqueue('raw/');
      const result = await queue.waitFor(jobId, 60_000);
      expect(result).toMatchObject({ listed: 3, replayed: 3, unreadable: 0 });

      const got: BusMessage[] = [];
      const consumer = bus.consumer({ groupId: `replay-reader-${run}`, topics: [`${topicPrefix}wire.raw`] });
      await new Promise<void>((resolve) => {
        void consumer.run(async (batch, control) => {
          got.push(...batch.messages);
          await control.commit(String(Number(batch.messages.at(-1)!.offset) + 1));
          if (got.length >= 3) resolve();
        });
      });
      await consumer.stop();
      const stories = got.map((m) => RawStory.parse(JSON.parse(m.value.toString('utf8'))));
      expect(stories.map((s) => s.payload).sort()).toEqual([
        'Archived story 1.',
        'Archived story 2.',
        'Archived story 3.',
      ]);
      for (const s of stories) expect(s.attributes[REPLAY_ATTRIBUTE]).toBe(`job-${jobId}`);
    } finally {
      await queue.close();
      await worker.close();
    }
  });
});
