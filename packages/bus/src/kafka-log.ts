// Routes kafkajs' own log lines into our pino logger. kafkajs logs a line at INFO for every
// connect, join and stop, so its INFO goes to our debug and its DEBUG (per request) to trace.
// It also logs every broker error answer at ERROR ("Response CreateTopics ..."), including the
// expected ones (topic exists, rebalance in progress) that the caller handles or gets thrown:
// those go to debug too.
import { logLevel as KafkaLogLevel, type LogEntry, type logCreator } from 'kafkajs';
import type { Logger } from '@newswire/logger';

type PinoMethod = 'error' | 'warn' | 'debug' | 'trace';

/** Our pino method for a kafkajs level; null for kafkajs' NOTHING (and anything unknown). */
export const pinoMethodFor = (level: KafkaLogLevel): PinoMethod | null => {
  switch (level) {
    case KafkaLogLevel.ERROR:
      return 'error';
    case KafkaLogLevel.WARN:
      return 'warn';
    case KafkaLogLevel.INFO:
      return 'debug';
    case KafkaLogLevel.DEBUG:
      return 'trace';
    case KafkaLogLevel.NOTHING:
      return null;
    default:
      return null;
  }
};

/**
 * The kafkajs level that produces exactly the lines our logger would keep, so kafkajs does not
 * build (per-request) DEBUG entries that pino then drops.
 */
export const kafkaLogLevelFor = (pinoLevel: string): KafkaLogLevel => {
  switch (pinoLevel) {
    case 'trace':
      return KafkaLogLevel.DEBUG;
    case 'debug':
      return KafkaLogLevel.INFO;
    case 'info':
    case 'warn':
      return KafkaLogLevel.WARN;
    case 'error':
    case 'fatal':
      return KafkaLogLevel.ERROR;
    default:
      // 'silent', or a custom level we do not know: keep kafkajs quiet.
      return KafkaLogLevel.NOTHING;
  }
};

/** kafkajs' per-request log line for a broker's error answer (the error also reaches the caller). */
const isErrorAnswer = (namespace: string, level: KafkaLogLevel, message: unknown): boolean =>
  namespace === 'Connection' &&
  level === KafkaLogLevel.ERROR &&
  typeof message === 'string' &&
  message.startsWith('Response ');

/**
 * kafkajs warns at every idempotent producer's creation that limiting retries "may invalidate
 * EoS guarantees"; our producer is idempotent with bounded retries on purpose (a failed send is
 * retried by the worker runtime), so the line is noise on every start.
 */
const isKnownNoise = (namespace: string, message: unknown): boolean =>
  namespace === 'Producer' &&
  typeof message === 'string' &&
  message.startsWith('Limiting retries for the idempotent producer');

/** A kafkajs logCreator writing to `logger` (one child with `lib: 'kafkajs'`). */
export const createKafkaLogCreator = (logger: Logger): logCreator => {
  const child = logger.child({ lib: 'kafkajs' });
  return () =>
    ({ namespace, level, log }: LogEntry) => {
      const method =
        isErrorAnswer(namespace, level, log.message) || isKnownNoise(namespace, log.message)
          ? 'debug'
          : pinoMethodFor(level);
      if (method === null) return;
      // timestamp and logger are kafkajs' own bookkeeping; pino stamps its own time.
      const { message, timestamp: _timestamp, logger: _logger, ...extra } = log;
      child[method]({ kafkajs: { namespace, ...extra } }, String(message));
    };
};
