// The five stages (plus the DLQ and hold sinks) as worker-runtime stages. Each is thin: decode
// the contract, call the logic in process.ts, write or emit. Every effect is idempotent:
// objects go to deterministic keys, so a redelivered message rewrites the same object.
import {
  CheckedStory,
  DeadLetter,
  EnrichedDocument,
  EnrichedStory,
  ErrorCode,
  NewswireError,
  NormalizedStory,
  RawStory,
  StageName,
  Topic,
  decodeMessage,
  dlqKey,
  encodeMessage,
  enrichedKey,
  enrichedPrefix,
  heldKey,
  isNewswireError,
  latestKey,
  rawKey,
} from '@newswire/contracts';
import type { DedupStore } from '@newswire/dedup';
import { REPLAY_ATTRIBUTE } from '@newswire/replay';
import type { ObjectStore } from '@newswire/storage';
import type { SourceRegistry } from '@newswire/trust';
import type { Stage } from '@newswire/worker';
import { checkStory, enrichStory, normalizeRaw, stageVersions, toDocument } from './process.ts';

/** Store failures are transient from the stage's point of view: retried, then DLQ'd as retryable. */
const storeCall = async <T>(what: string, call: () => Promise<T>): Promise<T> => {
  try {
    return await call();
  } catch (e) {
    if (isNewswireError(e)) throw e;
    throw new NewswireError(ErrorCode.StoreUnavailable, `object store: ${what}: ${(e as Error).message}`, {
      cause: e,
    });
  }
};

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export interface NormalizerStageOptions {
  readonly dedup: DedupStore;
  readonly dedupTtlMs: number;
  readonly maxStoryBytes?: number;
}

interface Normalized {
  readonly raw: RawStory;
  story?: NormalizedStory;
  duplicate?: boolean;
}

const dedupKey = (story: NormalizedStory, raw: RawStory): string =>
  `newswire:dedup:${story.id}:${story.version}:${raw.payloadSha256.slice(0, 16)}`;

export const createNormalizerStage = (options: NormalizerStageOptions): Stage<Normalized> => ({
  name: StageName.Normalizer,
  version: stageVersions.normalizer,
  inputTopic: Topic.Raw,
  decode: (message) => ({ raw: decodeMessage(RawStory, message.value, 'raw story') }),
  // The story id is only known once the payload is parsed: handle() binds it (and the raw id).
  async handle(input, context) {
    const started = performance.now();
    const story = normalizeRaw(
      input.raw,
      options.maxStoryBytes === undefined ? {} : { maxStoryBytes: options.maxStoryBytes },
    );
    input.story = story;
    const logger = context.logger.child({ storyId: story.id, version: story.version, rawId: input.raw.id });
    const key = dedupKey(story, input.raw);
    // A replay is asked for on purpose (a stage improved): it must not be skipped as a duplicate.
    const replay = input.raw.attributes[REPLAY_ATTRIBUTE] !== undefined;
    let seen: boolean;
    try {
      seen = replay ? false : await options.dedup.seen(key);
    } catch (e) {
      throw new NewswireError(ErrorCode.DedupUnavailable, `dedup: ${(e as Error).message}`, { cause: e });
    }
    if (seen) {
      input.duplicate = true;
      logger.info('duplicate story (same id, version and payload): skipped');
      return [];
    }
    const normalizeMs = performance.now() - started;
    logger.info({ format: story.format }, 'story normalized');
    return [
      {
        topic: Topic.Normalized,
        key: story.id,
        value: encodeMessage(story),
        headers: { 'x-newswire-normalize-ms': normalizeMs.toFixed(3) },
      },
    ];
  },
  async afterProduced(input) {
    if (input.story && !input.duplicate)
      await options.dedup.remember(dedupKey(input.story, input.raw), options.dedupTtlMs);
  },
});

export const createEnricherStage = (): Stage<{ story: NormalizedStory; normalizeMs: number }> => ({
  name: StageName.Enricher,
  version: stageVersions.enricher,
  inputTopic: Topic.Normalized,
  decode: (message) => ({
    story: decodeMessage(NormalizedStory, message.value, 'normalized story'),
    normalizeMs: Number(message.headers['x-newswire-normalize-ms'] ?? 0) || 0,
  }),
  describe: ({ story }) => ({ storyId: story.id, version: story.version }),
  handle({ story, normalizeMs }, { logger }) {
    const enriched = enrichStory(story, normalizeMs);
    const { entities, quotes } = enriched.enrichment;
    logger.info({ entities: entities.length, quotes: quotes.length }, 'story enriched');
    return Promise.resolve([{ topic: Topic.Enriched, key: story.id, value: encodeMessage(enriched) }]);
  },
});

export const createTrustCheckerStage = (
  options: { registry?: SourceRegistry } = {},
): Stage<EnrichedStory> => ({
  name: StageName.TrustChecker,
  version: stageVersions['trust-checker'],
  inputTopic: Topic.Enriched,
  decode: (message) => decodeMessage(EnrichedStory, message.value, 'enriched story'),
  describe: (enriched) => ({ storyId: enriched.story.id, version: enriched.story.version }),
  handle(enriched, { logger }) {
    const checked = checkStory(enriched, options.registry);
    logger.info(
      { action: checked.trust.action, claimsConformance: checked.trust.claimsConformance },
      'trust checked',
    );
    if (checked.trust.action === 'warn') {
      logger.warn({ warnings: checked.trust.warnings }, 'trust check: warning');
    }
    const topic = checked.trust.action === 'hold' ? Topic.Held : Topic.Checked;
    if (topic === Topic.Held)
      logger.warn({ warnings: checked.trust.warnings }, 'trust check: held for an editor');
    return Promise.resolve([{ topic, key: checked.story.id, value: encodeMessage(checked) }]);
  },
});

interface LatestPointer {
  readonly version: number;
  readonly withdrawn: boolean;
}

const readLatest = async (store: ObjectStore, key: string): Promise<LatestPointer | null> => {
  const bytes = await storeCall(`get ${key}`, () => store.get(key));
  if (bytes === null) return null;
  try {
    const doc = JSON.parse(bytes.toString('utf8')) as { version?: unknown; withdrawn?: unknown };
    return typeof doc.version === 'number'
      ? { version: doc.version, withdrawn: doc.withdrawn === true }
      : null;
  } catch {
    return null; // a torn or foreign object is simply replaced
  }
};

/** Marks every stored version of a story withdrawn (a kill reaches everything already written). */
const withdrawAll = async (store: ObjectStore, prefix: string, except: string): Promise<number> => {
  let count = 0;
  const keys: string[] = [];
  for await (const info of store.list(prefix)) {
    if (info.key !== except && /\/\d+\.json$/u.test(info.key)) keys.push(info.key);
  }
  for (const key of keys) {
    const bytes = await storeCall(`get ${key}`, () => store.get(key));
    if (bytes === null) continue;
    const doc = EnrichedDocument.safeParse(JSON.parse(bytes.toString('utf8')));
    if (!doc.success || doc.data.withdrawn) continue;
    await storeCall(`put ${key}`, () =>
      store.put(key, json({ ...doc.data, withdrawn: true }), { contentType: 'application/json' }),
    );
    count++;
  }
  return count;
};

export const createWriterStage = (options: {
  store: ObjectStore;
  clock?: () => Date;
}): Stage<CheckedStory> => ({
  name: StageName.Writer,
  version: stageVersions.writer,
  inputTopic: Topic.Checked,
  decode: (message) => decodeMessage(CheckedStory, message.value, 'checked story'),
  describe: (checked) => ({ storyId: checked.story.id, version: checked.story.version }),
  async handle(checked, { logger }) {
    const { store } = options;
    const story = checked.story;
    const key = enrichedKey(story);
    const pointerKey = latestKey(story);
    const latest = await readLatest(store, pointerKey);
    const kill = story.pubstatus === 'canceled';
    const withdrawn = kill || (latest?.withdrawn ?? false);
    // Produced-at follows the story's own clock, so a redelivery or replay writes the same document
    // (only the measured stage timings in its provenance differ).
    const producedAt = new Date(story.versioncreated ?? story.receivedAt);
    const doc = toDocument(checked, { producedAt: options.clock?.() ?? producedAt, withdrawn });
    const body = json(doc);
    await storeCall(`put ${key}`, () => store.put(key, body, { contentType: 'application/json' }));
    if (latest === null || story.version >= latest.version) {
      await storeCall(`put ${pointerKey}`, () =>
        store.put(pointerKey, body, { contentType: 'application/json' }),
      );
    } else if (kill && !latest.withdrawn) {
      // A kill of an older version still withdraws what readers see as the newest.
      const current = await storeCall(`get ${pointerKey}`, () => store.get(pointerKey));
      if (current !== null) {
        const parsed = EnrichedDocument.safeParse(JSON.parse(current.toString('utf8')));
        if (parsed.success) {
          await storeCall(`put ${pointerKey}`, () =>
            store.put(pointerKey, json({ ...parsed.data, withdrawn: true }), {
              contentType: 'application/json',
            }),
          );
        }
      }
    }
    if (kill) {
      const n = await withdrawAll(store, enrichedPrefix(story), key);
      logger.info({ key, withdrawnVersions: n }, 'kill: story withdrawn everywhere it was written');
    } else {
      logger.info({ key, entities: doc.entities.length, quotes: doc.quotes.length }, 'document written');
    }
    return [];
  },
});

export const createArchiverStage = (options: { store: ObjectStore }): Stage<RawStory> => ({
  name: StageName.Archiver,
  version: stageVersions.archiver,
  inputTopic: Topic.Raw,
  decode: (message) => decodeMessage(RawStory, message.value, 'raw story'),
  // Before parsing only the raw id is known (the message key, on every log line); the
  // normalizer's lines carry it too, next to the story id.
  async handle(raw, { logger }) {
    const key = rawKey(raw);
    await storeCall(`put ${key}`, () =>
      options.store.put(key, json(raw), { contentType: 'application/json' }),
    );
    logger.info({ key, rawId: raw.id }, 'raw story archived');
    return [];
  },
});

/** Writes each dead letter to dlq/... so bad input can be read (and replayed) from the store too. */
export const createDlqArchiverStage = (options: { store: ObjectStore }): Stage<DeadLetter> => ({
  name: StageName.Archiver,
  version: stageVersions.archiver,
  inputTopic: Topic.Dlq,
  decode: (message) => decodeMessage(DeadLetter, message.value, 'dead letter'),
  describe: (letter) => (letter.storyId ? { storyId: letter.storyId } : {}),
  async handle(letter, { logger }) {
    const key = dlqKey(letter);
    await storeCall(`put ${key}`, () =>
      options.store.put(key, json(letter), { contentType: 'application/json' }),
    );
    logger.info({ key, code: letter.code, failedStage: letter.stage }, 'dead letter archived');
    return [];
  },
});

/** Stories held by trust policy, kept for an editor under held/... */
export const createHeldArchiverStage = (options: { store: ObjectStore }): Stage<CheckedStory> => ({
  name: StageName.Writer,
  version: stageVersions.writer,
  inputTopic: Topic.Held,
  decode: (message) => decodeMessage(CheckedStory, message.value, 'held story'),
  describe: (checked) => ({ storyId: checked.story.id, version: checked.story.version }),
  async handle(checked) {
    const key = heldKey(checked.story);
    await storeCall(`put ${key}`, () =>
      options.store.put(key, json(checked), { contentType: 'application/json' }),
    );
    return [];
  },
});
