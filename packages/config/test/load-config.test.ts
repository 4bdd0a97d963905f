import { describe, expect, it } from 'vitest';
import { ErrorCode, isNewswireError } from '@newswire/contracts';
import {
  ConfigError,
  configReferenceMarkdown,
  configVariables,
  loadConfig,
  redactConfig,
} from '../src/index.ts';

const distributedEnv = {
  KAFKA_BROKERS: 'kafka-1:9092, kafka-2:9093',
  S3_ENDPOINT: 'http://127.0.0.1:9000',
  S3_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  S3_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI-example-secret',
  REDIS_URL: 'redis://:redis-pass@127.0.0.1:6379/0',
};

/** The ConfigError loadConfig throws for `env` (fails the test when it does not throw). */
const configError = (env: Record<string, string | undefined>): ConfigError => {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('loadConfig did not throw');
};

describe('loadConfig', () => {
  it('resolves every default from an empty environment (embedded mode, no servers)', () => {
    const c = loadConfig({});
    expect(c.mode).toBe('embedded');
    expect(c.log).toEqual({ level: 'info', pretty: 'auto' });
    expect(c.dataDir).toBe('./data');
    expect(c.kafka).toBeNull();
    expect(c.s3).toBeNull();
    expect(c.redis).toBeNull();
    expect(c.dedup.ttlMs).toBe(604_800_000);
    expect(c.worker).toEqual({
      maxAttempts: 5,
      retryBaseMs: 200,
      retryMaxMs: 10_000,
      shutdownTimeoutMs: 15_000,
      batchSize: 100,
    });
    expect(c.maxStoryBytes).toBe(4_194_304);
    expect(c.trustRegistryFile).toBeNull();
    expect(c.defaultSource).toBe('local');
  });

  it('treats blank values as unset and ignores variables it does not know', () => {
    const c = loadConfig({ LOG_LEVEL: '', KAFKA_BROKERS: '   ', PATH: '/usr/bin', KAFKA_HOME: '/opt/kafka' });
    expect(c.log.level).toBe('info');
    expect(c.mode).toBe('embedded');
    expect(c.kafka).toBeNull();
  });

  it('selects distributed mode when KAFKA_BROKERS is set, and resolves every server', () => {
    const c = loadConfig(distributedEnv);
    expect(c.mode).toBe('distributed');
    expect(c.kafka).toEqual({
      brokers: ['kafka-1:9092', 'kafka-2:9093'],
      clientId: 'newswire',
      topicPartitions: 3,
      topicPrefix: '',
      sessionTimeoutMs: 30_000,
    });
    expect(c.s3).toEqual({
      endpoint: 'http://127.0.0.1:9000',
      region: 'us-east-1',
      bucket: 'newswire',
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI-example-secret',
      forcePathStyle: true,
      maxSockets: 50,
    });
    expect(c.redis).toEqual({ url: 'redis://:redis-pass@127.0.0.1:6379/0' });
  });

  it('an explicit NEWSWIRE_MODE=embedded wins over KAFKA_BROKERS, and the given servers are still resolved', () => {
    const c = loadConfig({ ...distributedEnv, NEWSWIRE_MODE: 'embedded' });
    expect(c.mode).toBe('embedded');
    expect(c.kafka?.brokers).toEqual(['kafka-1:9092', 'kafka-2:9093']);
    expect(c.s3?.endpoint).toBe('http://127.0.0.1:9000');
    expect(c.redis?.url).toBe('redis://:redis-pass@127.0.0.1:6379/0');
  });

  it('embedded mode may use only some servers', () => {
    const c = loadConfig({ REDIS_URL: 'redis://localhost:6379' });
    expect(c.mode).toBe('embedded');
    expect(c.redis).toEqual({ url: 'redis://localhost:6379' });
    expect(c.kafka).toBeNull();
    expect(c.s3).toBeNull();
  });

  it('distributed mode without servers names every missing variable', () => {
    const e = configError({ NEWSWIRE_MODE: 'distributed' });
    expect(e.issues.map((i) => i.variable)).toEqual([
      'KAFKA_BROKERS',
      'S3_ENDPOINT',
      'S3_ACCESS_KEY_ID',
      'S3_SECRET_ACCESS_KEY',
      'REDIS_URL',
    ]);
    for (const name of [
      'KAFKA_BROKERS',
      'S3_ENDPOINT',
      'S3_ACCESS_KEY_ID',
      'S3_SECRET_ACCESS_KEY',
      'REDIS_URL',
    ]) {
      expect(e.message).toContain(`${name}: required in distributed mode`);
    }
  });

  it('distributed by KAFKA_BROKERS alone still needs S3 and Redis', () => {
    const e = configError({ KAFKA_BROKERS: 'k:9092' });
    expect(e.issues.map((i) => i.variable)).toEqual([
      'S3_ENDPOINT',
      'S3_ACCESS_KEY_ID',
      'S3_SECRET_ACCESS_KEY',
      'REDIS_URL',
    ]);
  });

  it('an S3 endpoint in embedded mode needs its credentials', () => {
    const e = configError({ S3_ENDPOINT: 'http://localhost:9000' });
    expect(e.message).toContain('S3_ACCESS_KEY_ID: required when S3_ENDPOINT is set');
    expect(e.message).toContain('S3_SECRET_ACCESS_KEY: required when S3_ENDPOINT is set');
  });

  it('lists EVERY bad variable in one error, with the reason and the value', () => {
    const e = configError({
      NEWSWIRE_MODE: 'cluster',
      LOG_LEVEL: 'loud',
      LOG_PRETTY: 'maybe',
      KAFKA_TOPIC_PARTITIONS: 'three',
      KAFKA_SESSION_TIMEOUT_MS: '-1',
      KAFKA_TOPIC_PREFIX: 'has space',
      S3_BUCKET: 'Not_A_Bucket',
      S3_FORCE_PATH_STYLE: 'perhaps',
      S3_MAX_SOCKETS: '0',
      DEDUP_TTL_SECONDS: '1.5',
      WORKER_MAX_ATTEMPTS: '0',
      WORKER_BATCH_SIZE: '1e3',
      MAX_STORY_BYTES: 'lots',
      NEWSWIRE_SOURCE: 'a/b',
    });
    expect(e).toBeInstanceOf(ConfigError);
    expect(isNewswireError(e)).toBe(true);
    expect(e.code).toBe(ErrorCode.InvalidConfig);
    expect(e.retryable).toBe(false);
    const bad = [
      'NEWSWIRE_MODE',
      'LOG_LEVEL',
      'LOG_PRETTY',
      'KAFKA_TOPIC_PARTITIONS',
      'KAFKA_TOPIC_PREFIX',
      'KAFKA_SESSION_TIMEOUT_MS',
      'S3_BUCKET',
      'S3_FORCE_PATH_STYLE',
      'S3_MAX_SOCKETS',
      'DEDUP_TTL_SECONDS',
      'WORKER_MAX_ATTEMPTS',
      'WORKER_BATCH_SIZE',
      'MAX_STORY_BYTES',
      'NEWSWIRE_SOURCE',
    ];
    expect(e.issues.map((i) => i.variable)).toEqual(bad);
    expect(e.message).toMatch(/^invalid configuration \(14 problems\):/u);
    for (const name of bad) expect(e.message).toContain(`\n  ${name}: `);
    expect(e.message).toContain('NEWSWIRE_MODE: must be embedded or distributed (got "cluster")');
    expect(e.message).toContain('LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent');
    expect(e.message).toContain('KAFKA_TOPIC_PARTITIONS: must be a whole number (got "three")');
    expect(e.message).toContain('S3_MAX_SOCKETS: must be between 1 and 10000 (got "0")');
  });

  it('rejects an unknown NEWSWIRE_MODE, whatever else is set', () => {
    for (const mode of ['Cluster', 'local', 'both']) {
      const e = configError({ ...distributedEnv, NEWSWIRE_MODE: mode });
      expect(e.issues).toEqual([
        {
          variable: 'NEWSWIRE_MODE',
          message: `must be embedded or distributed (got ${JSON.stringify(mode)})`,
        },
      ]);
    }
  });

  it('parses numbers, with units in the resolved names', () => {
    const c = loadConfig({
      KAFKA_TOPIC_PARTITIONS: '12',
      KAFKA_SESSION_TIMEOUT_MS: '45000',
      KAFKA_BROKERS: 'k:9092',
      NEWSWIRE_MODE: 'embedded',
      DEDUP_TTL_SECONDS: '60',
      WORKER_MAX_ATTEMPTS: ' 7 ',
      WORKER_RETRY_BASE_MS: '0',
      WORKER_RETRY_MAX_MS: '0',
      WORKER_SHUTDOWN_TIMEOUT_MS: '2500',
      WORKER_BATCH_SIZE: '10',
      MAX_STORY_BYTES: '1024',
      S3_MAX_SOCKETS: '8',
    });
    expect(c.kafka?.topicPartitions).toBe(12);
    expect(c.kafka?.sessionTimeoutMs).toBe(45_000);
    expect(c.dedup.ttlMs).toBe(60_000);
    expect(c.worker).toEqual({
      maxAttempts: 7,
      retryBaseMs: 0,
      retryMaxMs: 0,
      shutdownTimeoutMs: 2500,
      batchSize: 10,
    });
    expect(c.maxStoryBytes).toBe(1024);
  });

  it('rejects a retry maximum below the base, even alongside other errors', () => {
    const e = configError({ WORKER_RETRY_BASE_MS: '500', WORKER_RETRY_MAX_MS: '100', LOG_LEVEL: 'nope' });
    expect(e.issues.map((i) => i.variable)).toEqual(['LOG_LEVEL', 'WORKER_RETRY_MAX_MS']);
    expect(e.message).toContain('WORKER_RETRY_MAX_MS: must be at least WORKER_RETRY_BASE_MS (500)');
    // Against the default base (200) too.
    expect(configError({ WORKER_RETRY_MAX_MS: '100' }).issues[0]!.variable).toBe('WORKER_RETRY_MAX_MS');
  });

  it('parses booleans in their usual spellings', () => {
    const truthy = ['true', 'TRUE', '1', 'yes', 'on'];
    const falsy = ['false', 'False', '0', 'no', 'off'];
    const s3 = { S3_ENDPOINT: 'http://s3:9000', S3_ACCESS_KEY_ID: 'a', S3_SECRET_ACCESS_KEY: 'b' };
    for (const v of truthy)
      expect(loadConfig({ ...s3, S3_FORCE_PATH_STYLE: v }).s3?.forcePathStyle).toBe(true);
    for (const v of falsy)
      expect(loadConfig({ ...s3, S3_FORCE_PATH_STYLE: v }).s3?.forcePathStyle).toBe(false);
    expect(loadConfig({ LOG_PRETTY: 'true' }).log.pretty).toBe(true);
    expect(loadConfig({ LOG_PRETTY: '0' }).log.pretty).toBe(false);
    expect(loadConfig({ LOG_PRETTY: 'AUTO' }).log.pretty).toBe('auto');
  });

  it('accepts log levels case-insensitively', () => {
    expect(loadConfig({ LOG_LEVEL: 'DEBUG' }).log.level).toBe('debug');
    expect(loadConfig({ LOG_LEVEL: 'silent' }).log.level).toBe('silent');
  });

  it('validates broker lists, URLs and names', () => {
    expect(
      loadConfig({ NEWSWIRE_MODE: 'embedded', KAFKA_BROKERS: '[::1]:9092,localhost:9093,' }).kafka?.brokers,
    ).toEqual(['[::1]:9092', 'localhost:9093']);
    for (const brokers of ['localhost', 'host:0', 'host:70000', 'a:1;b:2', ',']) {
      const e = configError({ NEWSWIRE_MODE: 'embedded', KAFKA_BROKERS: brokers });
      expect(e.issues.map((i) => i.variable)).toEqual(['KAFKA_BROKERS']);
    }
    expect(
      configError({ S3_ENDPOINT: 's3.example.com', S3_ACCESS_KEY_ID: 'a', S3_SECRET_ACCESS_KEY: 'b' })
        .issues[0]!.variable,
    ).toBe('S3_ENDPOINT');
    expect(configError({ REDIS_URL: 'http://localhost:6379' }).issues[0]!.variable).toBe('REDIS_URL');
    expect(loadConfig({ REDIS_URL: 'rediss://user:pw@redis.example:6380' }).redis?.url).toBe(
      'rediss://user:pw@redis.example:6380',
    );
    expect(loadConfig({ KAFKA_TOPIC_PREFIX: 'test-run_42.' }).mode).toBe('embedded');
  });

  it('never echoes secret values in the error', () => {
    const e = configError({ REDIS_URL: 'ftp://:hunter2@host' });
    expect(e.message).toContain(
      'REDIS_URL: must be a URL starting with redis:// or rediss:// (value hidden)',
    );
    expect(e.message).not.toContain('hunter2');
  });

  it('passes TRUST_REGISTRY_FILE, DATA_DIR and NEWSWIRE_SOURCE through', () => {
    const c = loadConfig({
      TRUST_REGISTRY_FILE: './registry.json',
      DATA_DIR: '/var/lib/newswire',
      NEWSWIRE_SOURCE: 'reuters',
    });
    expect(c.trustRegistryFile).toBe('./registry.json');
    expect(c.dataDir).toBe('/var/lib/newswire');
    expect(c.defaultSource).toBe('reuters');
  });
});

describe('redactConfig', () => {
  it('hides credentials and URL passwords and leaves the rest and the original alone', () => {
    const config = loadConfig({ ...distributedEnv, S3_ENDPOINT: 'https://user:s3-pass@s3.example.com' });
    const safe = redactConfig(config);
    const text = JSON.stringify(safe);
    for (const secret of ['wJalrXUtnFEMI-example-secret', 'AKIDEXAMPLE', 'redis-pass', 's3-pass']) {
      expect(text).not.toContain(secret);
    }
    expect(safe.redis?.url).toBe('redis://:[redacted]@127.0.0.1:6379/0');
    expect(safe.s3?.endpoint).toContain('s3.example.com');
    expect(safe.s3?.bucket).toBe('newswire');
    expect(safe.kafka?.brokers).toEqual(['kafka-1:9092', 'kafka-2:9093']);
    expect(config.s3?.secretAccessKey).toBe('wJalrXUtnFEMI-example-secret');
  });

  it('keeps a URL without a password readable', () => {
    const safe = redactConfig(loadConfig({ REDIS_URL: 'redis://localhost:6379' }));
    expect(safe.redis?.url).toBe('redis://localhost:6379');
  });
});

describe('configVariables', () => {
  it('documents every variable loadConfig reads, each with a description', () => {
    const names = configVariables.map((v) => v.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of Object.keys(distributedEnv)) expect(names).toContain(name);
    for (const v of configVariables) expect(v.description.length).toBeGreaterThan(5);
    expect(configVariables.filter((v) => v.required === 'distributed').map((v) => v.name)).toEqual([
      'KAFKA_BROKERS',
      'S3_ENDPOINT',
      'S3_ACCESS_KEY_ID',
      'S3_SECRET_ACCESS_KEY',
      'REDIS_URL',
    ]);
  });

  it('each documented default is what loadConfig resolves when the variable is unset', () => {
    const byName = Object.fromEntries(configVariables.map((v) => [v.name, v.default]));
    const c = loadConfig({ NEWSWIRE_MODE: 'embedded', KAFKA_BROKERS: 'k:1' });
    expect(String(c.kafka?.topicPartitions)).toBe(byName.KAFKA_TOPIC_PARTITIONS);
    expect(c.kafka?.clientId).toBe(byName.KAFKA_CLIENT_ID);
    expect(c.kafka?.topicPrefix).toBe(byName.KAFKA_TOPIC_PREFIX);
    expect(String(c.kafka?.sessionTimeoutMs)).toBe(byName.KAFKA_SESSION_TIMEOUT_MS);
    expect(String(c.dedup.ttlMs / 1000)).toBe(byName.DEDUP_TTL_SECONDS);
    expect(String(c.worker.maxAttempts)).toBe(byName.WORKER_MAX_ATTEMPTS);
    expect(String(c.worker.retryBaseMs)).toBe(byName.WORKER_RETRY_BASE_MS);
    expect(String(c.worker.retryMaxMs)).toBe(byName.WORKER_RETRY_MAX_MS);
    expect(String(c.worker.shutdownTimeoutMs)).toBe(byName.WORKER_SHUTDOWN_TIMEOUT_MS);
    expect(String(c.worker.batchSize)).toBe(byName.WORKER_BATCH_SIZE);
    expect(String(c.maxStoryBytes)).toBe(byName.MAX_STORY_BYTES);
    expect(c.log.level).toBe(byName.LOG_LEVEL);
    expect(c.log.pretty).toBe(byName.LOG_PRETTY);
    expect(c.dataDir).toBe(byName.DATA_DIR);
    expect(c.defaultSource).toBe(byName.NEWSWIRE_SOURCE);
    const s3 = loadConfig({
      S3_ENDPOINT: 'http://s3:1',
      S3_ACCESS_KEY_ID: 'a',
      S3_SECRET_ACCESS_KEY: 'b',
    }).s3;
    expect(s3?.region).toBe(byName.S3_REGION);
    expect(s3?.bucket).toBe(byName.S3_BUCKET);
    expect(String(s3?.forcePathStyle)).toBe(byName.S3_FORCE_PATH_STYLE);
    expect(String(s3?.maxSockets)).toBe(byName.S3_MAX_SOCKETS);
  });

  it('renders a Markdown reference with one row per variable', () => {
    const md = configReferenceMarkdown();
    const rows = md.split('\n').slice(2);
    expect(rows).toHaveLength(configVariables.length);
    expect(md).toContain('| `KAFKA_BROKERS` | — | distributed mode |');
    expect(md).toContain('| `LOG_LEVEL` | `info` | no |');
  });
});
