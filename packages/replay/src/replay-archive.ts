// Replay: reads archived raw stories (raw/... in the object store) and pushes them onto the
// raw topic again, marked as a replay so the normalizer does not skip them as duplicates.
// Keys downstream are deterministic, so a replay rewrites each document in place with what
// the improved stages now produce; it never adds a second one.
import type { Producer } from '@newswire/bus';
import { RawStory, Topic } from '@newswire/contracts';
import type { ObjectStore } from '@newswire/storage';

/** Attribute set on replayed raw stories; the normalizer skips its dedup check for them. */
export const REPLAY_ATTRIBUTE = 'replay';

export interface ReplayOptions {
  readonly store: ObjectStore;
  readonly producer: Producer;
  /** Which archived stories: a key prefix under raw/ (e.g. `raw/2026/11/`). Default `raw/`. */
  readonly prefix?: string;
  /** Prepended to the raw topic's name. Default ''. */
  readonly topicPrefix?: string;
  /** Written into the replay attribute, so logs show which replay a message came from. */
  readonly replayId: string;
  /** Messages per produce call. Default 100. */
  readonly batchSize?: number;
  readonly onProgress?: (progress: ReplayProgress) => void | Promise<void>;
  readonly signal?: AbortSignal;
}

export interface ReplayProgress {
  readonly listed: number;
  readonly replayed: number;
  readonly unreadable: number;
}

export interface ReplayResult extends ReplayProgress {
  /** Keys of archived objects that were not RawStory envelopes (reported, never guessed at). */
  readonly unreadableKeys: readonly string[];
}

export const normalizeReplayPrefix = (prefix: string | undefined): string => {
  const p = prefix ?? 'raw/';
  if (!p.startsWith('raw/')) throw new Error(`replay prefix must start with raw/, got '${p}'`);
  return p;
};

export const replayArchive = async (options: ReplayOptions): Promise<ReplayResult> => {
  const prefix = normalizeReplayPrefix(options.prefix);
  const batchSize = options.batchSize ?? 100;
  const topic = `${options.topicPrefix ?? ''}${Topic.Raw}`;
  let listed = 0;
  let replayed = 0;
  const unreadableKeys: string[] = [];
  let pending: Array<{ key: string; value: string }> = [];

  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    await options.producer.send(topic, pending);
    replayed += pending.length;
    pending = [];
    await options.onProgress?.({ listed, replayed, unreadable: unreadableKeys.length });
  };

  for await (const info of options.store.list(prefix)) {
    if (options.signal?.aborted) break;
    if (!info.key.endsWith('.json')) continue;
    listed++;
    const bytes = await options.store.get(info.key);
    const parsed = bytes === null ? null : RawStory.safeParse(safeJson(bytes));
    if (parsed === null || !parsed.success) {
      unreadableKeys.push(info.key);
      continue;
    }
    const raw: RawStory = {
      ...parsed.data,
      attributes: { ...parsed.data.attributes, [REPLAY_ATTRIBUTE]: options.replayId },
    };
    pending.push({ key: raw.id, value: JSON.stringify(raw) });
    if (pending.length >= batchSize) await flush();
  }
  await flush();
  return { listed, replayed, unreadable: unreadableKeys.length, unreadableKeys };
};

const safeJson = (bytes: Buffer): unknown => {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return null;
  }
};
