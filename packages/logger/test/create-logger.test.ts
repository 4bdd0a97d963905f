import { describe, expect, it } from 'vitest';
import { createLogger, LogField, REDACTED, type LoggerOptions } from '../src/index.ts';

const capture = (options: Omit<LoggerOptions, 'destination'>) => {
  const lines: string[] = [];
  const logger = createLogger({ ...options, destination: { write: (s: string) => void lines.push(s) } });
  const records = (): Record<string, unknown>[] => lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  return { logger, lines, records };
};

describe('createLogger', () => {
  it('writes one JSON line per call with service, bindings, ISO time and a level label', () => {
    const { logger, lines, records } = capture({ service: 'enricher', bindings: { stage: 'enricher' } });
    logger.info('first');
    logger.warn({ n: 2 }, 'second');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line.endsWith('\n')).toBe(true);
    const [a, b] = records();
    expect(a).toMatchObject({ service: 'enricher', stage: 'enricher', level: 'info', msg: 'first' });
    expect(b).toMatchObject({ service: 'enricher', stage: 'enricher', level: 'warn', msg: 'second', n: 2 });
    expect(new Date(a!.time as string).toISOString()).toBe(a!.time);
  });

  it('defaults to info and honours a lower or higher level', () => {
    const def = capture({ service: 's' });
    def.logger.debug('hidden');
    def.logger.info('shown');
    expect(def.records().map((r) => r.msg)).toEqual(['shown']);

    const debug = capture({ service: 's', level: 'debug' });
    debug.logger.debug('now shown');
    expect(debug.records().map((r) => r.msg)).toEqual(['now shown']);

    const silent = capture({ service: 's', level: 'silent' });
    silent.logger.fatal('nothing');
    expect(silent.lines).toHaveLength(0);
  });

  it('a binding cannot replace the service name', () => {
    const { logger, records } = capture({ service: 'writer', bindings: { service: 'other' } });
    logger.info('x');
    expect(records()[0]!.service).toBe('writer');
  });

  it('redacts secrets at the top level and nested up to three levels deep', () => {
    const { logger, lines, records } = capture({ service: 's' });
    logger.info(
      {
        password: 'pw-top',
        config: { s3: { secretAccessKey: 'sak-1', accessKeyId: 'akid-1', region: 'eu-west-1' } },
        headers: { authorization: 'Bearer tok-1', 'content-type': 'text/plain' },
        req: { headers: { authorization: 'Basic tok-2' } },
        db: { credentials: { user: 'u' } },
        a: { b: { c: { secret: 'deep-1' } } },
      },
      'connecting',
    );
    const raw = lines.join('');
    for (const secret of ['pw-top', 'sak-1', 'akid-1', 'tok-1', 'tok-2', 'deep-1']) {
      expect(raw).not.toContain(secret);
    }
    const r = records()[0] as {
      config: { s3: { secretAccessKey: string; region: string } };
      headers: Record<string, string>;
      db: { credentials: unknown };
      password: string;
    };
    expect(r.password).toBe(REDACTED);
    expect(r.config.s3.secretAccessKey).toBe(REDACTED);
    expect(r.config.s3.region).toBe('eu-west-1');
    expect(r.headers.authorization).toBe(REDACTED);
    expect(r.headers['content-type']).toBe('text/plain');
    expect(r.db.credentials).toBe(REDACTED);
  });

  it('does not mutate the object it logs', () => {
    const { logger } = capture({ service: 's' });
    const obj = { s3: { secretAccessKey: 'keep-me' } };
    logger.info(obj, 'x');
    expect(obj.s3.secretAccessKey).toBe('keep-me');
  });

  it('child loggers carry story bindings on every line, and their secrets are redacted too', () => {
    const { logger, records } = capture({ service: 'normalizer', bindings: { stage: 'normalizer' } });
    const child = logger.child({
      [LogField.StoryId]: 'story-1',
      [LogField.Version]: 2,
      [LogField.Topic]: 'wire.raw',
      [LogField.Partition]: 1,
      [LogField.Offset]: '42',
    });
    child.info('handled');
    child.child({ attempt: 3, password: 'child-pw' }).warn('retrying');
    logger.info('parent line');
    const [a, b, c] = records();
    expect(a).toMatchObject({
      service: 'normalizer',
      stage: 'normalizer',
      storyId: 'story-1',
      version: 2,
      topic: 'wire.raw',
      partition: 1,
      offset: '42',
    });
    expect(b).toMatchObject({ storyId: 'story-1', attempt: 3, password: REDACTED });
    expect(c).not.toHaveProperty('storyId');
  });

  it('serializes errors with message and code', () => {
    const { logger, records } = capture({ service: 's' });
    const err = Object.assign(new Error('boom'), { code: 'STORE_UNAVAILABLE' });
    logger.error({ err }, 'failed');
    expect(records()[0]!.err).toMatchObject({ message: 'boom', code: 'STORE_UNAVAILABLE', type: 'Error' });
  });

  it("pretty 'auto' writes JSON to a destination that is not a terminal", () => {
    const { logger, records } = capture({ service: 'cli', pretty: 'auto' });
    logger.info('plain');
    expect(records()[0]).toMatchObject({ msg: 'plain', service: 'cli' });
  });

  it('pretty output is human-readable, not JSON, and still redacted', () => {
    const { logger, lines } = capture({ service: 'cli', pretty: true });
    logger.child({ storyId: 'story-9' }).info({ secret: 'pretty-secret' }, 'hello there');
    const out = lines.join('');
    expect(() => JSON.parse(out) as unknown).toThrow();
    expect(out).toContain('INFO');
    expect(out).toContain('hello there');
    expect(out).toContain('story-9');
    expect(out).not.toContain('pretty-secret');
    // Our destination is not a TTY: no ANSI colour codes.
    expect(out).not.toContain('\u001b[');
  });
});
