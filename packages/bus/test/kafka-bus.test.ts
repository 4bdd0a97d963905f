// The Kafka adapter's pure parts: which kafkajs failures are retryable, and how kafkajs' log
// lines land in our logger. Its behaviour against a broker is in kafka-bus.integration.test.ts.
import kafkajs, { logLevel, type LogEntry } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '@newswire/contracts';
import { createLogger } from '@newswire/logger';
import { createKafkaBus } from '../src/index.ts';
import { kafkaErrorTypes, toCommitError, toSendError } from '../src/kafka-bus.ts';
import { createKafkaLogCreator, kafkaLogLevelFor, pinoMethodFor } from '../src/kafka-log.ts';

const {
  KafkaJSConnectionError,
  KafkaJSNumberOfRetriesExceeded,
  KafkaJSProtocolError,
  KafkaJSAggregateError,
} = kafkajs;

/** A broker error answer as kafkajs builds it. */
const protocolError = (type: string, retriable: boolean) =>
  new KafkaJSProtocolError({ message: `broker says ${type}`, type, code: 1, retriable } as never);

describe('send errors', () => {
  it('a connection failure after retries is a retryable BUS_UNAVAILABLE keeping the cause', () => {
    const cause = new KafkaJSConnectionError('Connection error: connect ECONNREFUSED 127.0.0.1:1');
    const exhausted = new KafkaJSNumberOfRetriesExceeded(cause, { retryCount: 5, retryTime: 100 });
    const error = toSendError(exhausted, 'wire.raw');
    expect(error).toMatchObject({ code: ErrorCode.BusUnavailable, retryable: true });
    expect(error.cause).toBe(exhausted);
    expect(error.message).toContain('wire.raw');
  });

  it('a leader change or timeout answer stays retryable', () => {
    for (const type of ['NOT_LEADER_FOR_PARTITION', 'REQUEST_TIMED_OUT', 'NOT_ENOUGH_REPLICAS']) {
      expect(toSendError(protocolError(type, true), 't')).toMatchObject({
        code: ErrorCode.BusUnavailable,
        retryable: true,
      });
    }
  });

  it('a message the broker refuses as too large is TOO_LARGE, not retried, even inside an aggregate', () => {
    const aggregate = new KafkaJSAggregateError('send failed', [protocolError('MESSAGE_TOO_LARGE', false)]);
    expect(toSendError(aggregate, 't')).toMatchObject({ code: ErrorCode.TooLarge, retryable: false });
  });

  it('an authorization or invalid-topic answer is a permanent BUS_UNAVAILABLE naming the reason', () => {
    const error = toSendError(protocolError('TOPIC_AUTHORIZATION_FAILED', false), 't');
    expect(error).toMatchObject({ code: ErrorCode.BusUnavailable, retryable: false });
    expect(error.message).toContain('TOPIC_AUTHORIZATION_FAILED');
  });

  it('anything else (not even a kafkajs error) is retryable', () => {
    expect(toSendError('socket hang up', 't')).toMatchObject({
      code: ErrorCode.BusUnavailable,
      retryable: true,
    });
    expect(kafkaErrorTypes(null)).toEqual([]);
  });
});

describe('commit errors', () => {
  it('a fenced member (rebalanced away) gets a permanent rejection, as with the memory bus', () => {
    const error = toCommitError(protocolError('ILLEGAL_GENERATION', true), 'g', 't', 2);
    expect(error).toMatchObject({ code: ErrorCode.BusUnavailable, retryable: false });
    expect(error.message).toMatch(/no longer assigned/);
  });

  it('a network failure during commit is retryable', () => {
    const error = toCommitError(new KafkaJSConnectionError('Connection error'), 'g', 't', 0);
    expect(error).toMatchObject({ code: ErrorCode.BusUnavailable, retryable: true });
  });
});

describe('kafkajs logs', () => {
  const capture = (level: 'trace' | 'debug' | 'info') => {
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger({
      service: 't',
      level,
      pretty: false,
      destination: { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
    });
    const log = createKafkaLogCreator(logger)(kafkaLogLevelFor(level));
    const entry = (level: logLevel, namespace: string, message: string, extra: object = {}): LogEntry => ({
      namespace,
      level,
      label: logLevel[level],
      log: { timestamp: '2026-01-01T00:00:00.000Z', logger: 'kafkajs', message, ...extra },
    });
    return { lines, log, entry };
  };

  it('maps kafkajs levels: ERROR to error, WARN to warn, the noisy INFO to debug, DEBUG to trace', () => {
    expect(pinoMethodFor(logLevel.ERROR)).toBe('error');
    expect(pinoMethodFor(logLevel.WARN)).toBe('warn');
    expect(pinoMethodFor(logLevel.INFO)).toBe('debug');
    expect(pinoMethodFor(logLevel.DEBUG)).toBe('trace');
    expect(pinoMethodFor(logLevel.NOTHING)).toBeNull();
  });

  it('asks kafkajs only for the lines our logger keeps', () => {
    expect(kafkaLogLevelFor('trace')).toBe(logLevel.DEBUG);
    expect(kafkaLogLevelFor('debug')).toBe(logLevel.INFO);
    expect(kafkaLogLevelFor('info')).toBe(logLevel.WARN);
    expect(kafkaLogLevelFor('error')).toBe(logLevel.ERROR);
    expect(kafkaLogLevelFor('silent')).toBe(logLevel.NOTHING);
  });

  it('writes a kafkajs line as ours: message, lib, namespace and extra fields, without its own timestamp', () => {
    const { lines, log, entry } = capture('trace');
    log(entry(logLevel.INFO, 'Consumer', 'Starting', { groupId: 'normalizer' }));
    log(entry(logLevel.ERROR, 'Connection', 'Connection error: ECONNREFUSED', { broker: '127.0.0.1:1' }));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      level: 'debug',
      msg: 'Starting',
      lib: 'kafkajs',
      kafkajs: { namespace: 'Consumer', groupId: 'normalizer' },
    });
    expect((lines[0]!['kafkajs'] as Record<string, unknown>)['timestamp']).toBeUndefined();
    expect(lines[1]).toMatchObject({ level: 'error', msg: 'Connection error: ECONNREFUSED' });
  });

  it("puts a broker's error answer (which the caller also gets) at debug, not error", () => {
    const { lines, log, entry } = capture('debug');
    log(
      entry(logLevel.ERROR, 'Connection', 'Response CreateTopics(key: 19, version: 3)', { error: 'exists' }),
    );
    expect(lines[0]).toMatchObject({ level: 'debug', msg: 'Response CreateTopics(key: 19, version: 3)' });
  });

  it('at info, the INFO chatter of kafkajs is dropped', () => {
    const { lines, log, entry } = capture('info');
    log(entry(logLevel.INFO, 'Consumer', 'Starting'));
    log(entry(logLevel.WARN, 'Consumer', 'The group is rebalancing, re-joining'));
    expect(lines.map((l) => l['msg'])).toEqual(['The group is rebalancing, re-joining']);
  });
});

describe('options', () => {
  const logger = createLogger({ service: 't', level: 'silent', pretty: false });
  const base = {
    brokers: ['127.0.0.1:1'],
    clientId: 'c',
    defaultPartitions: 3,
    sessionTimeoutMs: 6000,
    logger,
  };

  it('rejects a bus without brokers or with a non-positive count, before connecting anywhere', () => {
    expect(() => createKafkaBus({ ...base, brokers: [] })).toThrow(/at least one broker/);
    expect(() => createKafkaBus({ ...base, defaultPartitions: 0 })).toThrow(/positive integer/);
    expect(() => createKafkaBus({ ...base, batchSize: 1.5 })).toThrow(/positive integer/);
    expect(() => createKafkaBus({ ...base, retries: -1 })).toThrow(/non-negative/);
  });

  it('is a kafka bus and creates no client until used', async () => {
    const bus = createKafkaBus(base);
    expect(bus.kind).toBe('kafka');
    await bus.close();
  });
});
