// Distributed mode end to end, on the real servers: the CLI pushes 200 stories onto Kafka while
// the five workers run as separate processes (`node services/<role>/src/main.ts`), and the
// bucket must end up with exactly the documents the same stage code computes in-process,
// through a SIGKILLed worker, a graceful SIGTERM drain and a full offset reset. Each run is
// isolated by its own topic prefix, bucket and story ids (Redis dedup keys include the id).
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createKafkaBus } from '@newswire/bus';
import type { Bus } from '@newswire/bus';
import { loadConfig } from '@newswire/config';
import type { ResolvedConfig } from '@newswire/config';
import {
  DeadLetter,
  EnrichedDocument,
  RawStory,
  Topic,
  decodeMessage,
  dlqKey,
  enrichedKey,
} from '@newswire/contracts';
import { createMemoryDedup } from '@newswire/dedup';
import { createLogger } from '@newswire/logger';
import { createS3Store } from '@newswire/storage';
import type { ObjectStore } from '@newswire/storage';
import { repoPath } from '@newswire/testkit';
import type { ServerEnv, ServerPath } from '@newswire/testkit';
import { Kafka, logLevel } from 'kafkajs';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { createRawStory, createService, processRaw, rawPayloadBytes, serviceRoles } from '../src/index.ts';
import type { ServiceRole } from '../src/index.ts';
import { createChildGroup, pollUntil } from './distributed/processes.ts';
import type { Child, ChildGroup, LogLine } from './distributed/processes.ts';
import { writeMalformedStory, writeStories } from './distributed/stories.ts';
import type { StoryFile } from './distributed/stories.ts';

declare module 'vitest' {
  // As declared by the integration project's global setup (packages/testkit/src/global-setup.ts).
  export interface ProvidedContext {
    servers: ServerEnv & { path: ServerPath };
  }
}

const STORIES = 200;
const SOURCE = 'e2e';
/** Deadline for each wait on the servers (a whole pass of 200 stories takes well under it). */
const WAIT_MS = 150_000;

interface Expected {
  readonly file: StoryFile;
  readonly id: string;
  readonly key: string;
  readonly headline: string;
  /** `type:name`, sorted. */
  readonly entities: readonly string[];
  readonly quotes: number;
}

const entitySignature = (doc: Pick<EnrichedDocument, 'entities'>): string[] =>
  doc.entities.map((e) => `${e.type}:${e.name}`).sort();

/** A document as a reader sees it, without the per-run stage timings (which are measured). */
const content = (doc: EnrichedDocument): string =>
  JSON.stringify({ ...doc, provenance: { ...doc.provenance, timings: [] } });

// The suite's own progress lines go through the project's logger, like the workers' lines.
const log = createLogger({ service: 'e2e-test', bindings: { suite: 'distributed' } });

const isDocumentKey = (key: string): boolean => /^enriched\/.+\/\d+\.json$/u.test(key);

/** Runs `fn` over `items`, `limit` at a time. */
const mapLimit = async <T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> => {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return out;
};

describe('distributed pipeline: CLI push and five worker processes on Kafka, S3 and Redis', () => {
  const servers = inject('servers');
  const runTag = randomBytes(4).toString('hex');
  const prefix = `e2e${runTag}.`;
  const bucket = `nw-e2e-${runTag}`;
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    KAFKA_BROKERS: servers.KAFKA_BROKERS,
    S3_ENDPOINT: servers.S3_ENDPOINT,
    S3_ACCESS_KEY_ID: servers.S3_ACCESS_KEY_ID,
    S3_SECRET_ACCESS_KEY: servers.S3_SECRET_ACCESS_KEY,
    S3_REGION: servers.S3_REGION,
    S3_FORCE_PATH_STYLE: servers.S3_FORCE_PATH_STYLE,
    REDIS_URL: servers.REDIS_URL,
    KAFKA_TOPIC_PREFIX: prefix,
    S3_BUCKET: bucket,
    LOG_LEVEL: 'info',
    LOG_PRETTY: 'false',
    NEWSWIRE_MODE: 'distributed',
    // The broker's minimum: a SIGKILLed member is dropped from its group after 6 s instead of
    // 30 s, so the restarted worker gets its partitions back quickly.
    KAFKA_SESSION_TIMEOUT_MS: '6000',
    // This run's dedup keys need not outlive it by a week.
    DEDUP_TTL_SECONDS: '3600',
  };

  let tmp = '';
  let files: StoryFile[] = [];
  let malformed: StoryFile;
  const expected = new Map<string, Expected>(); // by document key
  let config: ResolvedConfig;
  let bus: Bus;
  let store: ObjectStore;
  let groups: ReadonlyArray<{ readonly topic: string; readonly groupId: string }> = [];
  let procs: ChildGroup;
  const workers = new Map<ServiceRole, Child>();
  /** Set once the first pass completed, so later tests fail with a clear reason if it did not. */
  let firstPassDone = false;
  let anyFailed = false;

  const startWorker = (role: ServiceRole): Child => {
    const child = procs.start(role, [repoPath('services', role, 'src', 'main.ts')]);
    workers.set(role, child);
    return child;
  };
  const startAll = async (): Promise<void> => {
    const started = serviceRoles.map(startWorker);
    await Promise.all(
      started.map((c) => c.waitForLog('service started', (l) => l['msg'] === 'service started', 90_000)),
    );
  };

  const keysUnder = async (prefixKey: string): Promise<string[]> => {
    const keys: string[] = [];
    for await (const info of store.list(prefixKey)) keys.push(info.key);
    return keys;
  };
  const documentKeys = async (): Promise<string[]> => (await keysUnder('enriched/')).filter(isDocumentKey);
  const getJson = async (key: string): Promise<unknown> => {
    const bytes = await store.get(key);
    if (bytes === null) throw new Error(`no object at ${key}`);
    return JSON.parse(bytes.toString('utf8'));
  };

  /** Pending messages per group, read in pipeline order (upstream groups first). */
  const pending = async (): Promise<Map<string, number>> => {
    const out = new Map<string, number>();
    for (const { topic, groupId } of groups) {
      const lag = await bus.lag(groupId, `${prefix}${topic}`);
      out.set(
        groupId,
        lag.reduce((sum, p) => sum + p.lag, 0),
      );
    }
    return out;
  };
  const describePending = (last: Map<string, number> | null): string =>
    last ? [...last].map(([g, n]) => `${g.slice(prefix.length)}=${n}`).join(' ') : 'no reading yet';
  /** Two all-zero readings in a row: nothing in flight between one stage's commit and the next's read. */
  const waitForIdle = async (what: string): Promise<void> => {
    let last: Map<string, number> | null = null;
    let quiet = 0;
    await pollUntil(
      what,
      async () => {
        last = await pending();
        quiet = [...last.values()].every((n) => n === 0) ? quiet + 1 : 0;
        return quiet >= 2 ? true : undefined;
      },
      { timeoutMs: WAIT_MS, intervalMs: 250, describe: () => `lag: ${describePending(last)}` },
    );
  };

  const readDocuments = async (): Promise<Map<string, EnrichedDocument>> => {
    const keys = await documentKeys();
    const docs = await mapLimit(keys, 8, async (key) => EnrichedDocument.parse(await getJson(key)));
    return new Map(keys.map((k, i) => [k, docs[i]!]));
  };

  /**
   * Removes this run's topics (the Bus port has no call for it); the broker then drops the
   * groups' offsets on them, and the emptied groups expire on their own.
   */
  const dropTopics = async (): Promise<void> => {
    const admin = new Kafka({
      brokers: servers.KAFKA_BROKERS.split(','),
      clientId: `e2e-cleanup-${runTag}`,
      logLevel: logLevel.NOTHING,
    }).admin();
    await admin.connect();
    try {
      const topics = (await admin.listTopics()).filter((t) => t.startsWith(prefix));
      if (topics.length > 0) await admin.deleteTopics({ topics });
    } finally {
      await admin.disconnect();
    }
  };

  beforeAll(async () => {
    log.info(
      {
        serverPath: servers.path,
        kafka: servers.KAFKA_BROKERS,
        s3: servers.S3_ENDPOINT,
        redis: servers.REDIS_URL,
        topicPrefix: prefix,
        bucket,
      },
      'distributed e2e: servers acquired',
    );
    tmp = mkdtempSync(path.join(os.tmpdir(), 'newswire-e2e-'));
    const storiesDir = path.join(tmp, 'stories');
    const logDir = path.join(tmp, 'logs');
    mkdirSync(storiesDir);
    mkdirSync(logDir);
    files = writeStories(storiesDir, STORIES, runTag);
    malformed = writeMalformedStory(storiesDir, runTag);
    // The expectation: the same stage code, in-process, on the same RawStory (same bytes and
    // source give the same id; the story's own date line gives the same key).
    for (const file of files) {
      const doc = processRaw(createRawStory({ bytes: file.bytes, source: SOURCE }));
      const key = enrichedKey(doc.story);
      expected.set(key, {
        file,
        id: doc.id,
        key,
        headline: doc.headline,
        entities: entitySignature(doc),
        quotes: doc.quotes.length,
      });
    }
    expect(expected.size, 'every story must be distinct').toBe(STORIES);

    config = loadConfig(env);
    const logger = createLogger({ service: 'e2e-test', level: 'silent' });
    if (!config.kafka || !config.s3) throw new Error('the distributed configuration lacks Kafka or S3');
    bus = createKafkaBus({
      brokers: config.kafka.brokers,
      clientId: `e2e-test-${runTag}`,
      defaultPartitions: config.kafka.topicPartitions,
      sessionTimeoutMs: config.kafka.sessionTimeoutMs,
      logger,
    });
    store = createS3Store({ ...config.s3 });
    // The consumer groups the five services run, from the service code itself (never started).
    groups = createService({
      config,
      adapters: { bus, store, dedup: createMemoryDedup(), close: () => Promise.resolve() },
      logger,
      roles: serviceRoles,
    }).groups;

    procs = createChildGroup({ cwd: repoPath(), env, logDir });
    try {
      await startAll();
    } catch (e) {
      log.error({ report: procs.report() }, 'distributed e2e: workers did not start');
      throw e;
    }
  });

  beforeEach((context) => {
    context.onTestFailed(() => {
      anyFailed = true;
      log.error(
        { logDir: path.join(tmp, 'logs'), report: procs.report() },
        'distributed e2e: output of every process',
      );
    });
  });

  afterAll(async () => {
    await procs?.killAll();
    const passed = firstPassDone && !anyFailed;
    await bus?.close();
    if (passed) {
      // A clean run leaves nothing behind but an empty bucket (the ObjectStore port cannot
      // remove one); a failed run keeps its objects, topics, logs and inputs for a look.
      await mapLimit(await keysUnder(''), 8, (key) => store.delete(key));
      await dropTopics();
      rmSync(tmp, { recursive: true, force: true });
    }
    await store?.close();
  });

  it('delivers exactly the 200 expected documents though the writer is SIGKILLed mid-run and restarted', async () => {
    const push = procs.start('push', [
      repoPath('packages', 'cli', 'src', 'bin.ts'),
      'push',
      '--source',
      SOURCE,
      path.join(tmp, 'stories'),
    ]);

    // Some documents but not all: the writer is killed with work still arriving.
    const atKill = await pollUntil(
      'the first documents in the bucket',
      async () => {
        const n = (await documentKeys()).length;
        return n >= 10 ? n : undefined;
      },
      { timeoutMs: WAIT_MS, intervalMs: 100 },
    );
    const writer = workers.get('writer')!;
    writer.signal('SIGKILL');
    expect((await writer.exited).signal).toBe('SIGKILL');
    log.info({ written: atKill, stories: STORIES }, 'distributed e2e: writer SIGKILLed');
    expect(atKill, 'the writer must die while documents are still arriving').toBeLessThan(STORIES);

    const pushed = await push.exited;
    expect(pushed.code, push.output()).toBe(0);
    expect(push.output()).toContain(`${STORIES + 1} accepted onto ${prefix}${Topic.Raw}`);

    await startWorker('writer').waitForLog('service started', (l) => l['msg'] === 'service started', 90_000);
    let count = 0;
    await pollUntil(
      `all ${STORIES} documents`,
      async () => {
        count = (await documentKeys()).length;
        return count >= STORIES ? true : undefined;
      },
      { timeoutMs: WAIT_MS, intervalMs: 250, describe: () => `${count} so far` },
    );
    await waitForIdle('every consumer group to catch up');

    // Exactly the expected keys: none missing, none doubled, nothing extra.
    expect((await documentKeys()).sort()).toEqual([...expected.keys()].sort());
    firstPassDone = true;
  });

  it('writes each document at its expected key with the entities and quotes the stages compute in-process', async () => {
    expect(firstPassDone, 'the first pass did not complete').toBe(true);
    const docs = await readDocuments();
    for (const [key, want] of expected) {
      const doc = docs.get(key);
      expect(doc, key).toBeDefined();
      expect(doc!.id, key).toBe(want.id);
      expect(doc!.headline, key).toBe(want.headline);
      expect(doc!.story.source, key).toBe(SOURCE);
      expect(entitySignature(doc!), `${key} entities`).toEqual(want.entities);
      expect(doc!.quotes.length, `${key} quotes`).toBe(want.quotes);
      expect(doc!.withdrawn, key).toBe(false);
    }
    // Sanity of the corpus-built stories themselves: they are not trivially empty.
    const wire = [...docs.values()].find((d) => d.headline.startsWith('Blinken tells Wang'))!;
    expect(entitySignature(wire)).toEqual(
      expect.arrayContaining(['person:Antony Blinken', 'person:Wang Yi']),
    );
  });

  it('archives every pushed payload byte for byte under raw/', async () => {
    expect(firstPassDone, 'the first pass did not complete').toBe(true);
    const keys = await keysUnder('raw/');
    expect(keys.length).toBe(STORIES + 1);
    const byId = new Map(
      [...files, malformed].map((f) => [createRawStory({ bytes: f.bytes, source: SOURCE }).id, f]),
    );
    const seen = new Set<string>();
    await mapLimit(keys, 8, async (key) => {
      const raw = RawStory.parse(await getJson(key));
      const file = byId.get(raw.id);
      expect(file, `${key} is not one of the pushed files`).toBeDefined();
      expect(key).toContain(`/${SOURCE}/${raw.id}/`);
      expect(rawPayloadBytes(raw).equals(file!.bytes), `${key} payload differs from ${file!.name}`).toBe(
        true,
      );
      expect(raw.attributes['filename']).toBe(file!.path);
      seen.add(raw.id);
    });
    expect(seen.size).toBe(STORIES + 1);
  });

  it('puts the malformed story on the DLQ topic with its reason and original bytes, and archives it under dlq/', async () => {
    expect(firstPassDone, 'the first pass did not complete').toBe(true);
    const malformedId = createRawStory({ bytes: malformed.bytes, source: SOURCE }).id;
    const dlqTopic = `${prefix}${Topic.Dlq}`;
    const letters: DeadLetter[] = [];
    const reader = bus.consumer({
      groupId: `${prefix}e2e-dlq-reader`,
      topics: [dlqTopic],
      fromBeginning: true,
    });
    await reader.run(async (batch, control) => {
      for (const m of batch.messages) letters.push(decodeMessage(DeadLetter, m.value, 'dead letter'));
      await control.commit((BigInt(batch.messages.at(-1)!.offset) + 1n).toString());
    });
    try {
      await pollUntil(
        'a dead letter on the DLQ topic',
        () => Promise.resolve(letters.length > 0 || undefined),
        {
          timeoutMs: 60_000,
          intervalMs: 100,
        },
      );
    } finally {
      await reader.stop();
    }
    // The topic holds exactly one letter: the 200 good stories went through.
    const ends = await bus.lag(`${prefix}e2e-dlq-reader`, dlqTopic);
    expect(ends.reduce((sum, p) => sum + Number(p.end), 0)).toBe(1);
    const [letter] = letters;
    expect(letter).toMatchObject({
      stage: 'normalizer',
      code: 'INVALID_UTF8',
      retryable: false,
      // Unparsed, so no story id yet: the raw id travels as the message key.
      storyId: null,
    });
    expect(letter!.message).toMatch(/UTF-8/u);
    expect(letter!.source?.topic).toBe(`${prefix}${Topic.Raw}`);
    expect(letter!.source?.key).toBe(malformedId);
    const original = decodeMessage(RawStory, Buffer.from(letter!.original, 'base64'), 'original');
    expect(original.payloadEncoding).toBe('base64');
    expect(rawPayloadBytes(original).equals(malformed.bytes)).toBe(true);

    // The archiver keeps the same letter under dlq/ in the bucket.
    const archived = await pollUntil(
      'the dead letter under dlq/',
      async () => {
        const keys = await keysUnder('dlq/');
        return keys.length > 0 ? keys : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 200 },
    );
    expect(archived).toEqual([dlqKey(letter!)]);
    const stored = DeadLetter.parse(await getJson(archived[0]!));
    expect(stored.id).toBe(letter!.id);
    expect(stored.original).toBe(letter!.original);
  });

  it('logs service, stage, storyId and Kafka topic/partition/offset, so one grep follows a story through every worker', () => {
    expect(firstPassDone, 'the first pass did not complete').toBe(true);
    const workerChildren = procs.all().filter((c) => c.name !== 'push');
    // Lines of every worker about some stories, the way `grep <storyId>` over their logs finds them.
    const sample = [...expected.values()].filter((_, i) => i % 40 === 0);
    for (const story of sample) {
      const grepped: LogLine[] = workerChildren.flatMap((c) =>
        c
          .output()
          .split('\n')
          .filter((line) => line.includes(story.id))
          .flatMap((line) => {
            try {
              return [JSON.parse(line) as LogLine];
            } catch {
              return [];
            }
          }),
      );
      const services = new Set(grepped.map((l) => l['service']));
      for (const role of serviceRoles) {
        expect(services.has(role), `no ${role} line mentions ${story.id}`).toBe(true);
      }
      for (const line of grepped.filter((l) => l['storyId'] === story.id)) {
        expect(line).toMatchObject({
          service: expect.any(String),
          stage: expect.any(String),
          topic: expect.stringMatching(new RegExp(`^${prefix.replaceAll('.', '\\.')}wire\\.`, 'u')),
          partition: expect.any(Number),
          offset: expect.stringMatching(/^\d+$/u),
        });
      }
    }
  });

  it('drains on SIGTERM, then re-consumes everything after every group is reset to earliest, leaving the same 200 documents', async () => {
    expect(firstPassDone, 'the first pass did not complete').toBe(true);
    const before = await readDocuments();

    // Graceful stop: every worker drains and exits 0.
    const running = [...workers.values()].filter((c) => c.running());
    expect(running.map((c) => c.name.split('#')[0]).sort()).toEqual([...serviceRoles].sort());
    let t = performance.now();
    const phase = (what: string): void => {
      log.info({ phase: what, ms: Math.round(performance.now() - t) }, 'distributed e2e: phase done');
      t = performance.now();
    };
    for (const child of running) child.signal('SIGTERM');
    const exits = await Promise.all(running.map(async (c) => ({ name: c.name, ...(await c.exited) })));
    expect(exits).toEqual(running.map((c) => ({ name: c.name, code: 0, signal: null })));
    phase('five workers drained and exited 0');

    // Each reset joins its group with a throwaway member (about 5 s); the groups are independent.
    await Promise.all(
      groups.map(({ topic, groupId }) => bus.resetOffsets(groupId, `${prefix}${topic}`, 'earliest')),
    );
    phase(`${groups.length} groups reset to earliest`);
    const reset = await pending();
    expect(reset.get(`${prefix}newswire.normalizer`)).toBe(STORIES + 1);
    expect(reset.get(`${prefix}newswire.writer`)).toBeGreaterThanOrEqual(STORIES);

    await startAll();
    phase('five workers restarted');
    await waitForIdle('every group to re-consume its topic from the beginning');
    phase('everything re-consumed');

    // Everything was read again: the normalizer recognised all 200 as seen (Redis dedup), and
    // the writer rewrote all 200 documents.
    const normalizer = workers.get('normalizer')!;
    const duplicates = new Set(
      normalizer
        .logLines()
        .filter((l) => typeof l['msg'] === 'string' && l['msg'].startsWith('duplicate story'))
        .map((l) => l['storyId']),
    );
    expect(duplicates.size).toBe(STORIES);
    const rewritten = new Set(
      workers
        .get('writer')!
        .logLines()
        .filter((l) => l['msg'] === 'document written')
        .map((l) => l['key']),
    );
    expect([...rewritten].sort()).toEqual([...expected.keys()].sort());

    // Still exactly the 200 documents, unchanged.
    const after = await readDocuments();
    expect([...after.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [key, doc] of after) expect(content(doc), key).toBe(content(before.get(key)!));
    expect(await keysUnder('raw/')).toHaveLength(STORIES + 1);
    const letterIds = new Set(
      await mapLimit(await keysUnder('dlq/'), 4, async (k) => DeadLetter.parse(await getJson(k)).id),
    );
    expect(letterIds.size).toBe(1);
  });
});
