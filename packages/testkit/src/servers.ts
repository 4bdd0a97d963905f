// Acquires the real servers integration tests talk to, in this order, and says which path it
// used: (1) the environment (KAFKA_BROKERS, S3_ENDPOINT + credentials, REDIS_URL); (2)
// testcontainers when a Docker engine answers; (3) the project's native scripts under
// infra/native (Kafka and S3Proxy from Maven Central, redis-server from Debian). When none
// works it throws one error naming what is missing: a suite never skips for want of a server.
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoPath } from './corpus.ts';

const run = promisify(execFile);

export interface ServerEnv {
  readonly KAFKA_BROKERS: string;
  readonly S3_ENDPOINT: string;
  readonly S3_ACCESS_KEY_ID: string;
  readonly S3_SECRET_ACCESS_KEY: string;
  readonly S3_REGION: string;
  readonly S3_FORCE_PATH_STYLE: string;
  readonly REDIS_URL: string;
}

export type ServerPath = 'environment' | 'testcontainers' | 'native';

export interface AcquiredServers {
  readonly path: ServerPath;
  readonly env: ServerEnv;
  readonly detail: string;
  /** Stops what this acquisition started (nothing for the environment path). */
  release(): Promise<void>;
}

type Env = Readonly<Record<string, string | undefined>>;

const fromEnvironment = (env: Env): ServerEnv | { missing: string[] } => {
  const need = [
    'KAFKA_BROKERS',
    'S3_ENDPOINT',
    'S3_ACCESS_KEY_ID',
    'S3_SECRET_ACCESS_KEY',
    'REDIS_URL',
  ] as const;
  const missing = need.filter((k) => !env[k]);
  if (missing.length > 0) return { missing };
  return {
    KAFKA_BROKERS: env['KAFKA_BROKERS'] ?? '',
    S3_ENDPOINT: env['S3_ENDPOINT'] ?? '',
    S3_ACCESS_KEY_ID: env['S3_ACCESS_KEY_ID'] ?? '',
    S3_SECRET_ACCESS_KEY: env['S3_SECRET_ACCESS_KEY'] ?? '',
    S3_REGION: env['S3_REGION'] ?? 'us-east-1',
    S3_FORCE_PATH_STYLE: env['S3_FORCE_PATH_STYLE'] ?? 'true',
    REDIS_URL: env['REDIS_URL'] ?? '',
  };
};

const parseEnvLines = (text: string): Record<string, string> =>
  Object.fromEntries(
    text
      .split('\n')
      .map((line) => /^([A-Z0-9_]+)=(.*)$/u.exec(line.trim()))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] ?? '', m[2] ?? '']),
  );

/** Path 2: testcontainers. Only taken when a Docker engine answers. */
const withTestcontainers = async (): Promise<AcquiredServers> => {
  const tc = await import('testcontainers');
  await tc.getContainerRuntimeClient(); // throws when no engine answers
  const kafkaPort = 29092 + Math.floor(Math.random() * 1000);
  const kafka = await new tc.GenericContainer('apache/kafka:4.1.1')
    .withExposedPorts({ container: 9092, host: kafkaPort })
    .withEnvironment({
      KAFKA_NODE_ID: '1',
      KAFKA_PROCESS_ROLES: 'broker,controller',
      KAFKA_LISTENERS: 'PLAINTEXT://:9092,CONTROLLER://:9093',
      KAFKA_ADVERTISED_LISTENERS: `PLAINTEXT://127.0.0.1:${kafkaPort}`,
      KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
      KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
      KAFKA_CONTROLLER_QUORUM_VOTERS: '1@localhost:9093',
      KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
      KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: '0',
      KAFKA_NUM_PARTITIONS: '3',
    })
    .withWaitStrategy(tc.Wait.forLogMessage(/Kafka Server started/u))
    .start();
  const s3 = await new tc.GenericContainer('andrewgaul/s3proxy:latest')
    .withExposedPorts(80)
    .withEnvironment({
      S3PROXY_AUTHORIZATION: 'aws-v2-or-v4',
      S3PROXY_IDENTITY: 'newswire',
      S3PROXY_CREDENTIAL: 'newswire-secret',
      JCLOUDS_PROVIDER: 'filesystem',
    })
    .withWaitStrategy(tc.Wait.forListeningPorts())
    .start();
  const redis = await new tc.GenericContainer('redis:7-alpine')
    .withExposedPorts(6379)
    .withWaitStrategy(tc.Wait.forLogMessage(/Ready to accept connections/u))
    .start();
  return {
    path: 'testcontainers',
    detail: 'apache/kafka:4.1.1, andrewgaul/s3proxy, redis:7-alpine',
    env: {
      KAFKA_BROKERS: `127.0.0.1:${kafkaPort}`,
      S3_ENDPOINT: `http://${s3.getHost()}:${s3.getMappedPort(80)}`,
      S3_ACCESS_KEY_ID: 'newswire',
      S3_SECRET_ACCESS_KEY: 'newswire-secret',
      S3_REGION: 'us-east-1',
      S3_FORCE_PATH_STYLE: 'true',
      REDIS_URL: `redis://${redis.getHost()}:${redis.getMappedPort(6379)}`,
    },
    async release() {
      await Promise.allSettled([kafka.stop(), s3.stop(), redis.stop()]);
    },
  };
};

/** Path 3: the project's native scripts. Reuses servers that already answer and then leaves them running. */
const withNativeScripts = async (env: Env): Promise<AcquiredServers> => {
  const scripts = repoPath('infra', 'native');
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  let alreadyUp = false;
  try {
    await run('bash', [path.join(scripts, 'status.sh')], { env: childEnv, timeout: 30_000 });
    alreadyUp = true;
  } catch {
    alreadyUp = false;
  }
  if (!alreadyUp && !env['NEWSWIRE_INFRA_DIR']) {
    childEnv['NEWSWIRE_INFRA_DIR'] = mkdtempSync(path.join(os.tmpdir(), 'newswire-test-infra-'));
  }
  const up = await run('bash', [path.join(scripts, 'up.sh')], {
    env: childEnv,
    timeout: 600_000,
    maxBuffer: 16 * 1024 * 1024,
  }).catch((e: { stderr?: string; message: string }) => {
    const tail = (e.stderr ?? '').trim().split('\n').slice(-15).join('\n');
    throw new Error(`infra/native/up.sh failed: ${e.message}\n${tail}`);
  });
  const parsed = fromEnvironment(parseEnvLines(up.stdout));
  if ('missing' in parsed) throw new Error(`infra/native/up.sh did not print ${parsed.missing.join(', ')}`);
  const timings = up.stderr
    .split('\n')
    .filter((l) => /ready|version|started/iu.test(l))
    .slice(-8)
    .join('; ');
  return {
    path: 'native',
    detail: `${alreadyUp ? 'reused servers already running' : 'started by infra/native/up.sh'}${timings ? ` (${timings})` : ''}`,
    env: parsed,
    async release() {
      if (alreadyUp) return;
      await run('bash', [path.join(scripts, 'down.sh'), '--purge'], {
        env: childEnv,
        timeout: 120_000,
      }).catch(() => undefined);
    },
  };
};

export const acquireServers = async (
  env: Env = process.env,
  log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<AcquiredServers> => {
  const problems: string[] = [];
  const fromEnv = fromEnvironment(env);
  if (!('missing' in fromEnv)) {
    log(
      `servers: path 1 (environment): KAFKA_BROKERS=${fromEnv.KAFKA_BROKERS} S3_ENDPOINT=${fromEnv.S3_ENDPOINT} REDIS_URL=${fromEnv.REDIS_URL}`,
    );
    return {
      path: 'environment',
      env: fromEnv,
      detail: 'from the environment',
      release: () => Promise.resolve(),
    };
  }
  problems.push(`environment: ${fromEnv.missing.join(', ')} not set`);
  if (env['NEWSWIRE_SKIP_TESTCONTAINERS'] !== '1') {
    try {
      const acquired = await withTestcontainers();
      log(`servers: path 2 (testcontainers): ${acquired.detail}`);
      return acquired;
    } catch (e) {
      problems.push(`testcontainers: ${(e as Error).message.split('\n')[0] ?? 'failed'}`);
    }
  }
  try {
    const acquired = await withNativeScripts(env);
    log(`servers: path 3 (native scripts): ${acquired.detail}`);
    log(
      `servers: KAFKA_BROKERS=${acquired.env.KAFKA_BROKERS} S3_ENDPOINT=${acquired.env.S3_ENDPOINT} REDIS_URL=${acquired.env.REDIS_URL}`,
    );
    return acquired;
  } catch (e) {
    problems.push(`native scripts: ${(e as Error).message}`);
  }
  throw new Error(
    `integration tests need real Kafka, S3-compatible storage and Redis, and none could be had:\n- ${problems.join('\n- ')}`,
  );
};
