// `pnpm start` with the server variables set: every stage in one process, on real Kafka, S3
// and Redis, over the shipped example stories.
import { randomUUID } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import { createS3Store } from '@newswire/storage';
import type { ServerEnv, ServerPath } from '@newswire/testkit';
import { describe, expect, inject, it } from 'vitest';
import { runCli } from '../src/index.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    servers: ServerEnv & { path: ServerPath };
  }
}

const servers = inject('servers');

describe('newswire start on the real servers', () => {
  it('runs every stage in one process against Kafka, S3 and Redis and writes the documents to the bucket', async () => {
    const run = randomUUID().slice(0, 8);
    const bucket = `nw-start-${run}`;
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const chunks: Buffer[] = [];
    const errChunks: Buffer[] = [];
    stdout.on('data', (c: Buffer) => chunks.push(c));
    stderr.on('data', (c: Buffer) => errChunks.push(c));
    const code = await runCli({
      argv: ['start'],
      env: {
        ...servers,
        S3_BUCKET: bucket,
        KAFKA_TOPIC_PREFIX: `start${run}.`,
        LOG_LEVEL: 'warn',
        LOG_PRETTY: 'false',
      },
      stdin: Readable.from([]),
      stdout,
      stderr,
      cwd: process.cwd(),
    });
    const out = Buffer.concat(chunks).toString('utf8');
    // On failure, show what the run logged at warn and above (the reason is there, not on stdout).
    expect(code, `${out}\n--- stderr ---\n${Buffer.concat(errChunks).toString('utf8').slice(-20_000)}`).toBe(
      0,
    );
    expect(out).toContain('distributed run (bus=kafka store=s3 dedup=redis)');
    expect(out).toMatch(/documents written\s+4/u);
    expect(out).toMatch(/DLQ entries\s+1/u);

    const store = createS3Store({
      endpoint: servers.S3_ENDPOINT,
      region: servers.S3_REGION,
      bucket,
      accessKeyId: servers.S3_ACCESS_KEY_ID,
      secretAccessKey: servers.S3_SECRET_ACCESS_KEY,
      forcePathStyle: true,
      maxSockets: 4,
    });
    try {
      const keys: string[] = [];
      for await (const info of store.list('')) keys.push(info.key);
      expect(keys.filter((k) => /^enriched\/.*\/\d+\.json$/u.test(k))).toHaveLength(4);
      expect(keys.filter((k) => k.startsWith('raw/'))).toHaveLength(5);
      expect(keys.filter((k) => k.startsWith('dlq/normalizer/'))).toHaveLength(1);
    } finally {
      await store.close();
    }
  });
});
