// The one pino factory: JSON lines with `service` and ISO time on every line, secrets redacted,
// optional human-readable output. It does not read the environment; services pass options in.
import { hostname } from 'node:os';
import { pino } from 'pino';
import pinoPretty from 'pino-pretty';

export type Logger = pino.Logger;
export type DestinationStream = pino.DestinationStream;

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

/**
 * Standard field names. Stages bind story fields with
 * `logger.child({ [LogField.StoryId]: id, [LogField.Version]: v })` (or the literal names),
 * so every service's lines can be joined on the same keys.
 */
export const LogField = {
  Service: 'service',
  Stage: 'stage',
  StoryId: 'storyId',
  Version: 'version',
  Source: 'source',
  Topic: 'topic',
  Partition: 'partition',
  /** Kafka offset, a decimal string. */
  Offset: 'offset',
  GroupId: 'groupId',
  Attempt: 'attempt',
  /** NewswireError code. */
  Code: 'code',
  DurationMs: 'durationMs',
  /** An Error object; pino's error serializer renders message, stack, cause and own fields. */
  Err: 'err',
} as const;
export type LogField = (typeof LogField)[keyof typeof LogField];

/** What a stage binds when it handles one message. */
export interface StoryLogBindings {
  readonly storyId?: string;
  readonly version?: number;
  readonly topic?: string;
  readonly partition?: number;
  readonly offset?: string;
}

export const REDACTED = '[redacted]';

const secretKeys = [
  'password',
  'passwd',
  'secret',
  'secretAccessKey',
  'accessKeyId',
  'sessionToken',
  'token',
  'apiKey',
  'authorization',
  'Authorization',
  'cookie',
  'credentials',
];

/**
 * Paths censored in every line. pino's wildcard matches exactly one level, so each key is
 * listed at the top level and up to three levels down (`config.s3.secretAccessKey`,
 * `req.headers.authorization`); deeper secrets must not be logged at all.
 */
export const redactPaths: readonly string[] = secretKeys.flatMap((k) => [
  k,
  `*.${k}`,
  `*.*.${k}`,
  `*.*.*.${k}`,
]);

export interface LoggerOptions {
  /** Service name, on every line as `service`. */
  readonly service: string;
  /** Default 'info'. */
  readonly level?: LogLevel;
  /** Human-readable lines (pino-pretty). Default 'auto': when writing to stdout and it is a TTY. */
  readonly pretty?: boolean | 'auto';
  /** Where lines go. Default: stdout, written synchronously so nothing is lost at exit. */
  readonly destination?: DestinationStream;
  /** Extra fields on every line (e.g. `{ stage: 'enricher' }`). */
  readonly bindings?: Readonly<Record<string, unknown>>;
}

/** Wraps a destination with pino-pretty's formatter, synchronously (no transport worker thread). */
const prettyStream = (out: DestinationStream, colorize: boolean): DestinationStream => {
  const prettify = pinoPretty.prettyFactory({ colorize, ignore: 'pid,hostname', singleLine: false });
  return { write: (line: string) => out.write(prettify(line)) };
};

export const createLogger = (options: LoggerOptions): Logger => {
  const toTty = options.destination === undefined && process.stdout.isTTY === true;
  const pretty = (options.pretty ?? 'auto') === 'auto' ? toTty : options.pretty === true;
  // sync: true so lines written just before process.exit() are not lost.
  const out = options.destination ?? pino.destination({ dest: 1, sync: true });
  const stream = pretty ? prettyStream(out, toTty) : out;
  return pino(
    {
      level: options.level ?? 'info',
      base: { pid: process.pid, hostname: hostname(), ...options.bindings, service: options.service },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: [...redactPaths], censor: REDACTED },
    },
    stream,
  );
};
