// Every environment variable newswire reads: name, default, meaning, when it is required and
// how its string is parsed. The zod schema, the README's reference and docs checks all come
// from this one table, so they cannot drift apart.
import { z } from 'zod';
import { SafeId } from '@newswire/contracts';

export type Requirement = 'always' | 'distributed' | 'never';

interface VariableSpec<S extends z.ZodType> {
  /** The default as a reader would write it in the environment; null when there is none. */
  readonly default: string | null;
  readonly description: string;
  readonly required: Requirement;
  /** Never echo the value in an error message. */
  readonly secret?: boolean;
  /** Parses the trimmed, non-empty string (or undefined when unset). */
  readonly schema: S;
}

const variable = <S extends z.ZodType>(spec: VariableSpec<S>): VariableSpec<S> => spec;

const integer = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/u, 'must be a whole number')
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be between ${min} and ${max}`);

const booleanWords: Readonly<Record<string, boolean>> = {
  true: true,
  false: false,
  '1': true,
  '0': false,
  yes: true,
  no: false,
  on: true,
  off: false,
};
const boolean = () =>
  z
    .string()
    .transform((s) => s.toLowerCase())
    .refine((s) => s in booleanWords, 'must be true or false (or 1/0, yes/no, on/off)')
    .transform((s) => booleanWords[s] === true);

const url = (protocols: readonly string[]) =>
  z.string().refine(
    (s) => {
      try {
        return protocols.includes(new URL(s).protocol);
      } catch {
        return false;
      }
    },
    `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`,
  );

const hostPort = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+):(\d{1,5})$/u;
const brokerList = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((b) => b.trim())
      .filter((b) => b !== ''),
  )
  .refine((list) => list.length > 0, 'must list at least one host:port')
  .refine(
    (list) =>
      list.every((b) => {
        const port = hostPort.exec(b)?.[1];
        return port !== undefined && Number(port) >= 1 && Number(port) <= 65535;
      }),
    'must be a comma-separated list of host:port (port 1-65535)',
  );

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const variables = {
  NEWSWIRE_MODE: variable({
    default: 'distributed when KAFKA_BROKERS is set, else embedded',
    description:
      'embedded: every stage in one process on an in-memory bus and a filesystem store; distributed: one process per stage on Kafka, S3 and Redis.',
    required: 'never',
    schema: z.enum(['embedded', 'distributed'], 'must be embedded or distributed').optional(),
  }),
  LOG_LEVEL: variable({
    default: 'info',
    description: `Lowest level logged: ${logLevels.join(', ')}.`,
    required: 'never',
    schema: z
      .string()
      .transform((s) => s.toLowerCase())
      .pipe(z.enum(logLevels, `must be one of ${logLevels.join(', ')}`))
      .default('info'),
  }),
  LOG_PRETTY: variable({
    default: 'auto',
    description:
      'Human-readable logs instead of JSON lines: auto (when stdout is a terminal), true or false.',
    required: 'never',
    schema: z
      .string()
      .transform((s) => s.toLowerCase())
      .pipe(z.union([z.literal('auto'), boolean()], 'must be auto, true or false'))
      .default('auto'),
  }),
  DATA_DIR: variable({
    default: './data',
    description: 'Root directory of the embedded filesystem object store.',
    required: 'never',
    schema: z.string().default('./data'),
  }),
  KAFKA_BROKERS: variable({
    default: null,
    description:
      'Comma-separated Kafka bootstrap servers (host:port). Setting it selects distributed mode by default.',
    required: 'distributed',
    schema: brokerList.optional(),
  }),
  KAFKA_CLIENT_ID: variable({
    default: 'newswire',
    description: 'Kafka client id.',
    required: 'never',
    schema: z.string().default('newswire'),
  }),
  KAFKA_TOPIC_PARTITIONS: variable({
    default: '3',
    description: 'Partitions of each topic newswire creates (also the in-memory bus default).',
    required: 'never',
    schema: integer(1, 10_000).default(3),
  }),
  KAFKA_TOPIC_PREFIX: variable({
    default: '',
    description: 'Prepended to every topic name (isolates test runs and tenants on one cluster).',
    required: 'never',
    schema: z
      .string()
      .regex(/^[A-Za-z0-9._-]{0,200}$/u, 'may only contain letters, digits, ".", "_" and "-" (at most 200)')
      .default(''),
  }),
  KAFKA_SESSION_TIMEOUT_MS: variable({
    default: '30000',
    description: 'Consumer group session timeout in milliseconds.',
    required: 'never',
    schema: integer(1000, 3_600_000).default(30_000),
  }),
  S3_ENDPOINT: variable({
    default: null,
    description: 'S3-compatible endpoint URL (e.g. http://127.0.0.1:9000).',
    required: 'distributed',
    schema: url(['http:', 'https:']).optional(),
  }),
  S3_REGION: variable({
    default: 'us-east-1',
    description: 'S3 region.',
    required: 'never',
    schema: z.string().default('us-east-1'),
  }),
  S3_BUCKET: variable({
    default: 'newswire',
    description: 'Bucket holding raw and enriched stories (created if missing).',
    required: 'never',
    schema: z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/u,
        'must be a valid S3 bucket name (3-63 lowercase letters, digits, "." or "-")',
      )
      .default('newswire'),
  }),
  S3_ACCESS_KEY_ID: variable({
    default: null,
    description: 'S3 access key id.',
    required: 'distributed',
    secret: true,
    schema: z.string().optional(),
  }),
  S3_SECRET_ACCESS_KEY: variable({
    default: null,
    description: 'S3 secret access key.',
    required: 'distributed',
    secret: true,
    schema: z.string().optional(),
  }),
  S3_FORCE_PATH_STYLE: variable({
    default: 'true',
    description: 'Path-style bucket addressing (needed by most S3-compatible servers).',
    required: 'never',
    schema: boolean().default(true),
  }),
  S3_MAX_SOCKETS: variable({
    default: '50',
    description: 'Maximum concurrent HTTP connections to S3.',
    required: 'never',
    schema: integer(1, 10_000).default(50),
  }),
  REDIS_URL: variable({
    default: null,
    description: 'Redis URL for dedup keys and replay jobs (redis:// or rediss://).',
    required: 'distributed',
    secret: true,
    schema: url(['redis:', 'rediss:']).optional(),
  }),
  DEDUP_TTL_SECONDS: variable({
    default: '604800',
    description: 'How long a handled story version is remembered, in seconds (default 7 days).',
    required: 'never',
    schema: integer(1, 10 * 365 * 24 * 3600).default(604_800),
  }),
  WORKER_MAX_ATTEMPTS: variable({
    default: '5',
    description: 'Attempts at a message with a retryable failure before it goes to the DLQ.',
    required: 'never',
    schema: integer(1, 1000).default(5),
  }),
  WORKER_RETRY_BASE_MS: variable({
    default: '200',
    description:
      'Delay before the first retry of a retryable failure, in milliseconds; later retries back off from it.',
    required: 'never',
    schema: integer(0, 3_600_000).default(200),
  }),
  WORKER_RETRY_MAX_MS: variable({
    default: '10000',
    description: 'Longest delay between retries, in milliseconds (at least WORKER_RETRY_BASE_MS).',
    required: 'never',
    schema: integer(0, 3_600_000).default(10_000),
  }),
  WORKER_SHUTDOWN_TIMEOUT_MS: variable({
    default: '15000',
    description: 'How long a stopping worker waits for in-flight work before exiting non-zero.',
    required: 'never',
    schema: integer(0, 3_600_000).default(15_000),
  }),
  WORKER_BATCH_SIZE: variable({
    default: '100',
    description: 'Most messages a worker takes from one partition at a time.',
    required: 'never',
    schema: integer(1, 10_000).default(100),
  }),
  MAX_STORY_BYTES: variable({
    default: '4194304',
    description: 'Largest story payload accepted, in bytes (larger ones go to the DLQ).',
    required: 'never',
    schema: integer(1, 1024 * 1024 * 1024).default(4_194_304),
  }),
  TRUST_REGISTRY_FILE: variable({
    default: null,
    description: 'JSON file of known sources and their Trust Project details; unset means none.',
    required: 'never',
    schema: z.string().optional(),
  }),
  NEWSWIRE_SOURCE: variable({
    default: 'local',
    description: 'Source name given to stories pushed or enriched without one.',
    required: 'never',
    schema: SafeId.default('local'),
  }),
} as const;

export type VariableName = keyof typeof variables;

export interface ConfigVariable {
  readonly name: VariableName;
  readonly default: string | null;
  readonly description: string;
  readonly required: Requirement;
}

/** The documented view of the table (README reference, deployment-file checks). */
export const configVariables: readonly ConfigVariable[] = Object.entries(variables).map(([name, spec]) => ({
  name: name as VariableName,
  default: spec.default,
  description: spec.description,
  required: spec.required,
}));

/** The reference table for the README, in Markdown. */
export const configReferenceMarkdown = (): string => {
  const cell = (s: string): string => s.replaceAll('|', '\\|');
  const defaultCell = (d: string | null): string =>
    d === null ? '—' : d === '' ? "`''`" : d.includes(' ') ? cell(d) : `\`${cell(d)}\``;
  const requiredText: Record<Requirement, string> = {
    always: 'yes',
    distributed: 'distributed mode',
    never: 'no',
  };
  return [
    '| Variable | Default | Required | Description |',
    '| --- | --- | --- | --- |',
    ...configVariables.map(
      (v) =>
        `| \`${v.name}\` | ${defaultCell(v.default)} | ${requiredText[v.required]} | ${cell(v.description)} |`,
    ),
  ].join('\n');
};
