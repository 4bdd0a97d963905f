// How the integration suite gets its servers, and how it fails when it cannot: never a skip,
// always one message naming what is missing on each path.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireServers } from '../src/index.ts';

describe('acquireServers', () => {
  it('takes servers from the environment first, and says so', async () => {
    const lines: string[] = [];
    const acquired = await acquireServers(
      {
        KAFKA_BROKERS: 'kafka.example:9092',
        S3_ENDPOINT: 'http://s3.example:9000',
        S3_ACCESS_KEY_ID: 'id',
        S3_SECRET_ACCESS_KEY: 'secret',
        REDIS_URL: 'redis://redis.example:6379',
      },
      (line) => lines.push(line),
    );
    expect(acquired.path).toBe('environment');
    expect(acquired.env).toMatchObject({ KAFKA_BROKERS: 'kafka.example:9092', S3_REGION: 'us-east-1' });
    expect(lines.join('\n')).toContain('path 1 (environment)');
    await acquired.release();
  });

  it('fails with one message naming what is missing on every path when no server can be had', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'newswire-no-infra-'));
    const attempt = acquireServers(
      {
        // Partly configured: the message must name the variables that are missing.
        KAFKA_BROKERS: '127.0.0.1:1',
        // The native scripts find no Java here, on ports nothing listens on.
        JAVA_HOME: '/nonexistent-java-home',
        NEWSWIRE_INFRA_DIR: dir,
        KAFKA_PORT: '1',
        S3_PORT: '3',
        REDIS_PORT: '5',
      },
      () => undefined,
    );
    const error = await attempt.then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error).not.toBeNull();
    expect(error!.message).toContain('need real Kafka, S3-compatible storage and Redis');
    expect(error!.message).toMatch(
      /environment: S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, REDIS_URL not set/u,
    );
    expect(error!.message).toMatch(/testcontainers: /u);
    expect(error!.message).toMatch(/native scripts: .*java/isu);
  });
});
