// Environment -> validated, resolved configuration. The only place newswire reads environment
// variables (services pass `process.env` in); it never touches the filesystem or network.
import { z } from 'zod';
import { ErrorCode, NewswireError } from '@newswire/contracts';
import { variables, type VariableName } from './variables.ts';

export type Mode = 'embedded' | 'distributed';
export type LogLevel = z.output<(typeof variables)['LOG_LEVEL']['schema']>;

export interface KafkaConfig {
  readonly brokers: readonly string[];
  readonly clientId: string;
  readonly topicPartitions: number;
  /** Prepended to every topic name; '' for none. */
  readonly topicPrefix: string;
  readonly sessionTimeoutMs: number;
}

export interface S3Config {
  readonly endpoint: string;
  readonly region: string;
  readonly bucket: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly forcePathStyle: boolean;
  readonly maxSockets: number;
}

export interface RedisConfig {
  readonly url: string;
}

export interface ResolvedConfig {
  readonly mode: Mode;
  readonly log: {
    readonly level: LogLevel;
    /** 'auto': pretty when stdout is a terminal (decided by the logger). */
    readonly pretty: boolean | 'auto';
  };
  /** Root of the embedded filesystem store, as given (relative to the working directory). */
  readonly dataDir: string;
  /** Set in distributed mode; in embedded mode only when KAFKA_BROKERS is given. */
  readonly kafka: KafkaConfig | null;
  /** Set in distributed mode; in embedded mode only when S3_ENDPOINT is given. */
  readonly s3: S3Config | null;
  /** Set in distributed mode; in embedded mode only when REDIS_URL is given. */
  readonly redis: RedisConfig | null;
  readonly dedup: { readonly ttlMs: number };
  readonly worker: {
    readonly maxAttempts: number;
    readonly retryBaseMs: number;
    readonly retryMaxMs: number;
    readonly shutdownTimeoutMs: number;
    readonly batchSize: number;
  };
  readonly maxStoryBytes: number;
  readonly trustRegistryFile: string | null;
  /** Source name for stories pushed without one. */
  readonly defaultSource: string;
}

export interface ConfigIssue {
  readonly variable: VariableName;
  readonly message: string;
}

/** Thrown by loadConfig; `issues` holds one entry per bad variable, all listed in `message`. */
export class ConfigError extends NewswireError {
  readonly issues: readonly ConfigIssue[];

  constructor(issues: readonly ConfigIssue[]) {
    const lines = issues.map((i) => `  ${i.variable}: ${i.message}`);
    super(
      ErrorCode.InvalidConfig,
      `invalid configuration (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`,
      { retryable: false, details: { issues } },
    );
    this.issues = issues;
  }
}

type Shape = { [K in VariableName]: (typeof variables)[K]['schema'] };
const envSchema = z.object(
  Object.fromEntries(Object.entries(variables).map(([name, spec]) => [name, spec.schema])) as Shape,
);
type ParsedEnv = z.output<typeof envSchema>;

const variableNames = Object.keys(variables) as VariableName[];

/** Unset and blank are the same thing (`FOO=` in an env file means "use the default"). */
const normalize = (
  env: Readonly<Record<string, string | undefined>>,
): Partial<Record<VariableName, string>> => {
  const out: Partial<Record<VariableName, string>> = {};
  for (const name of variableNames) {
    const value = env[name]?.trim();
    if (value !== undefined && value !== '') out[name] = value;
  }
  return out;
};

const shown = (name: VariableName, value: string | undefined): string => {
  if (value === undefined) return '';
  if (variables[name].secret === true) return ' (value hidden)';
  const v = value.length > 80 ? `${value.slice(0, 80)}…` : value;
  return ` (got ${JSON.stringify(v)})`;
};

/** Who needs what: distributed mode needs every server; a partly given server needs the rest. */
const requirementIssues = (raw: Partial<Record<VariableName, string>>, mode: Mode | null): ConfigIssue[] => {
  const issues: ConfigIssue[] = [];
  const require = (name: VariableName, why: string): void => {
    if (raw[name] === undefined)
      issues.push({ variable: name, message: why === '' ? 'required' : `required ${why}` });
  };
  if (mode === 'distributed') {
    for (const name of variableNames) {
      if (variables[name].required === 'distributed') require(name, 'in distributed mode');
    }
  } else if (raw.S3_ENDPOINT !== undefined) {
    require('S3_ACCESS_KEY_ID', 'when S3_ENDPOINT is set');
    require('S3_SECRET_ACCESS_KEY', 'when S3_ENDPOINT is set');
  }
  for (const name of variableNames) {
    if (variables[name].required === 'always') require(name, '');
  }
  return issues;
};

const resolve = (env: ParsedEnv, mode: Mode): ResolvedConfig => {
  const kafka: KafkaConfig | null =
    env.KAFKA_BROKERS === undefined
      ? null
      : {
          brokers: env.KAFKA_BROKERS,
          clientId: env.KAFKA_CLIENT_ID,
          topicPartitions: env.KAFKA_TOPIC_PARTITIONS,
          topicPrefix: env.KAFKA_TOPIC_PREFIX,
          sessionTimeoutMs: env.KAFKA_SESSION_TIMEOUT_MS,
        };
  const s3: S3Config | null =
    env.S3_ENDPOINT === undefined ||
    env.S3_ACCESS_KEY_ID === undefined ||
    env.S3_SECRET_ACCESS_KEY === undefined
      ? null
      : {
          endpoint: env.S3_ENDPOINT,
          region: env.S3_REGION,
          bucket: env.S3_BUCKET,
          accessKeyId: env.S3_ACCESS_KEY_ID,
          secretAccessKey: env.S3_SECRET_ACCESS_KEY,
          forcePathStyle: env.S3_FORCE_PATH_STYLE,
          maxSockets: env.S3_MAX_SOCKETS,
        };
  return {
    mode,
    log: { level: env.LOG_LEVEL, pretty: env.LOG_PRETTY },
    dataDir: env.DATA_DIR,
    kafka,
    s3,
    redis: env.REDIS_URL === undefined ? null : { url: env.REDIS_URL },
    dedup: { ttlMs: env.DEDUP_TTL_SECONDS * 1000 },
    worker: {
      maxAttempts: env.WORKER_MAX_ATTEMPTS,
      retryBaseMs: env.WORKER_RETRY_BASE_MS,
      retryMaxMs: env.WORKER_RETRY_MAX_MS,
      shutdownTimeoutMs: env.WORKER_SHUTDOWN_TIMEOUT_MS,
      batchSize: env.WORKER_BATCH_SIZE,
    },
    maxStoryBytes: env.MAX_STORY_BYTES,
    trustRegistryFile: env.TRUST_REGISTRY_FILE ?? null,
    defaultSource: env.NEWSWIRE_SOURCE,
  };
};

/**
 * Parses the environment once, at start. Throws ConfigError listing every bad or missing
 * variable (never only the first); variables newswire does not know are ignored.
 */
export const loadConfig = (env: Readonly<Record<string, string | undefined>>): ResolvedConfig => {
  const raw = normalize(env);
  const parsed = envSchema.safeParse(raw);
  const issues: ConfigIssue[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = issue.path[0] as VariableName;
      // One line per variable: the first reason is the useful one.
      if (issues.some((i) => i.variable === name)) continue;
      issues.push({ variable: name, message: `${issue.message}${shown(name, raw[name])}` });
    }
  }
  // An unknown NEWSWIRE_MODE is reported above; requirements are then judged as if unset.
  const modeValue = raw.NEWSWIRE_MODE;
  const mode: Mode =
    modeValue === 'embedded' || modeValue === 'distributed'
      ? modeValue
      : raw.KAFKA_BROKERS !== undefined
        ? 'distributed'
        : 'embedded';
  const retryBad = issues.some(
    (i) => i.variable === 'WORKER_RETRY_BASE_MS' || i.variable === 'WORKER_RETRY_MAX_MS',
  );
  const retryBase = Number(raw.WORKER_RETRY_BASE_MS ?? variables.WORKER_RETRY_BASE_MS.default);
  const retryMax = Number(raw.WORKER_RETRY_MAX_MS ?? variables.WORKER_RETRY_MAX_MS.default);
  if (!retryBad && retryMax < retryBase) {
    issues.push({
      variable: 'WORKER_RETRY_MAX_MS',
      message: `must be at least WORKER_RETRY_BASE_MS (${retryBase}) (got ${retryMax})`,
    });
  }
  issues.push(...requirementIssues(raw, mode));
  if (!parsed.success || issues.length > 0) {
    // Report in table order, so the message reads like the reference.
    issues.sort((a, b) => variableNames.indexOf(a.variable) - variableNames.indexOf(b.variable));
    throw new ConfigError(issues);
  }
  return resolve(parsed.data, mode);
};

const REDACTED = '[redacted]';

/** Hides a URL's password, keeping the rest readable for logs. */
const redactUrl = (value: string): string => {
  try {
    const u = new URL(value);
    if (u.password === '') return value;
    u.password = 'REDACTED';
    return u.toString().replace(':REDACTED@', `:${REDACTED}@`);
  } catch {
    return REDACTED;
  }
};

/** A copy of the config safe to log: credentials and URL passwords replaced. */
export const redactConfig = (config: ResolvedConfig): ResolvedConfig => ({
  ...config,
  s3:
    config.s3 === null
      ? null
      : {
          ...config.s3,
          endpoint: redactUrl(config.s3.endpoint),
          accessKeyId: REDACTED,
          secretAccessKey: REDACTED,
        },
  redis: config.redis === null ? null : { url: redactUrl(config.redis.url) },
});
