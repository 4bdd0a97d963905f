// An embedded pipeline for tests: every stage over the in-memory bus, the filesystem store in
// a temp folder and in-memory dedup, driven the way `newswire start` drives it.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMemoryBus } from '@newswire/bus';
import { loadConfig } from '@newswire/config';
import { DeadLetter, EnrichedDocument } from '@newswire/contracts';
import { createMemoryDedup } from '@newswire/dedup';
import { createLogger } from '@newswire/logger';
import { createFsStore } from '@newswire/storage';
import type { ObjectStore } from '@newswire/storage';
import { replayArchive } from '@newswire/replay';
import type { SourceRegistry } from '@newswire/trust';
import { createRunRecorder, createService, pushStories, serviceRoles, waitForIdle } from '../src/index.ts';
import type { Adapters, InputFile, RunSummary } from '../src/index.ts';

export interface Harness {
  readonly store: ObjectStore;
  readonly dataDir: string;
  push(inputs: readonly InputFile[], options?: { source?: string }): Promise<RunSummary>;
  /** Replays the raw archive through every stage (what `newswire replay` does embedded). */
  replay(prefix?: string): Promise<RunSummary>;
  documents(): Promise<EnrichedDocument[]>;
  latest(): Promise<EnrichedDocument[]>;
  deadLetters(): Promise<DeadLetter[]>;
  keys(prefix: string): Promise<string[]>;
  close(): Promise<void>;
}

export const startHarness = async (options: { registry?: SourceRegistry } = {}): Promise<Harness> => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'newswire-embedded-'));
  const config = loadConfig({ DATA_DIR: dataDir, WORKER_RETRY_BASE_MS: '1', WORKER_RETRY_MAX_MS: '5' });
  const logger = createLogger({ service: 'embedded-test', level: 'silent' });
  const bus = createMemoryBus();
  const store = createFsStore({ rootDir: dataDir, fsync: false });
  const dedup = createMemoryDedup();
  await store.ensure();
  const adapters: Adapters = {
    bus,
    store,
    dedup,
    close: async () => {
      await dedup.close();
      await store.close();
      await bus.close();
    },
  };
  const recorder = createRunRecorder();
  const service = createService({
    config,
    adapters,
    logger,
    roles: serviceRoles,
    onProcessed: recorder.onProcessed,
    ...(options.registry ? { registry: options.registry } : {}),
  });
  await service.start();
  const producer = await bus.producer();
  let pushed = 0;
  const names = new Map<string, string>();

  const readAll = async <T>(
    prefix: string,
    parse: (json: unknown) => T,
    filter: (key: string) => boolean,
  ) => {
    const out: T[] = [];
    for await (const info of store.list(prefix)) {
      if (!filter(info.key)) continue;
      const bytes = await store.get(info.key);
      if (bytes) out.push(parse(JSON.parse(bytes.toString('utf8'))));
    }
    return out;
  };

  return {
    store,
    dataDir,
    async push(inputs, pushOptions = {}) {
      const ids = await pushStories(producer, inputs, { source: pushOptions.source ?? 'test' });
      ids.forEach((id, i) => names.set(id, inputs[i]?.name ?? id));
      pushed += inputs.length;
      await waitForIdle(bus, service, { pollMs: 5 });
      return recorder.summary(pushed, names, 0);
    },
    async replay(prefix) {
      const result = await replayArchive({
        store,
        producer,
        replayId: 'test',
        ...(prefix ? { prefix } : {}),
      });
      pushed += result.replayed;
      await waitForIdle(bus, service, { pollMs: 5 });
      return recorder.summary(pushed, names, 0);
    },
    documents: () =>
      readAll(
        'enriched/',
        (j) => EnrichedDocument.parse(j),
        (k) => /\/\d+\.json$/u.test(k),
      ),
    latest: () =>
      readAll(
        'enriched/',
        (j) => EnrichedDocument.parse(j),
        (k) => k.endsWith('/latest.json'),
      ),
    deadLetters: () =>
      readAll(
        'dlq/',
        (j) => DeadLetter.parse(j),
        () => true,
      ),
    async keys(prefix) {
      const keys: string[] = [];
      for await (const info of store.list(prefix)) keys.push(info.key);
      return keys;
    },
    async close() {
      await producer.close();
      await service.stop();
      await adapters.close();
    },
  };
};
