// Runs a whole pipeline over a set of inputs and reports what happened: what `newswire start`
// prints. Works over any adapters (memory/fs by default, Kafka/S3/Redis when configured).
import type { Bus, Producer } from '@newswire/bus';
import { StageName, Topic } from '@newswire/contracts';
import type { WireFormat } from '@newswire/contracts';
import type { ProcessedEvent } from '@newswire/worker';
import { createRawStory } from './raw.ts';
import type { Service } from './service.ts';

export interface InputFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface PushOptions {
  readonly source: string;
  readonly format?: WireFormat;
  readonly topicPrefix?: string;
  readonly batchSize?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/** Produces one RawStory per input onto the raw topic, in batches. Returns the raw ids in input order. */
export const pushStories = async (
  producer: Producer,
  inputs: readonly InputFile[],
  options: PushOptions,
): Promise<string[]> => {
  const ids: string[] = [];
  const batchSize = options.batchSize ?? 100;
  for (let i = 0; i < inputs.length; i += batchSize) {
    const slice = inputs.slice(i, i + batchSize);
    const messages = slice.map((input) => {
      const raw = createRawStory({
        bytes: input.bytes,
        source: options.source,
        ...(options.format ? { format: options.format } : {}),
        attributes: { filename: input.name },
      });
      ids.push(raw.id);
      return { key: raw.id, value: JSON.stringify(raw) };
    });
    await producer.send(`${options.topicPrefix ?? ''}${Topic.Raw}`, messages);
    options.onProgress?.(Math.min(i + batchSize, inputs.length), inputs.length);
  }
  return ids;
};

/** Resolves once every consumer group of the service has nothing left to read (checked twice in a row). */
export const waitForIdle = async (
  bus: Bus,
  service: Service,
  options: { topicPrefix?: string; timeoutMs?: number; pollMs?: number } = {},
): Promise<void> => {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const deadline = Date.now() + timeoutMs;
  const prefix = options.topicPrefix ?? '';
  let quietChecks = 0;
  while (quietChecks < 2) {
    const behind: string[] = [];
    for (const { topic, groupId } of service.groups) {
      const unread = (await bus.lag(groupId, `${prefix}${topic}`)).reduce((n, p) => n + p.lag, 0);
      if (unread > 0) behind.push(`${groupId} has ${unread} unread on ${prefix}${topic}`);
    }
    if (behind.length > 0 && Date.now() > deadline) {
      // Name what is stuck, and what each worker last saw go wrong: that is where the reason is.
      const workers = service
        .metrics()
        .map(
          (m) => `${m.stage} (${m.groupId}): ${m.state}${m.lastError ? `, last error ${m.lastError}` : ''}`,
        );
      throw new Error(
        `pipeline did not become idle in ${timeoutMs} ms: ${behind.join('; ')}. Workers: ${workers.join('; ')}`,
      );
    }
    quietChecks = behind.length === 0 ? quietChecks + 1 : 0;
    await new Promise((r) => setTimeout(r, options.pollMs ?? 25));
  }
};

export interface StageFigures {
  readonly stage: string;
  readonly messages: number;
  readonly deadLetters: number;
  readonly totalMs: number;
}

export interface DeadLetterLine {
  readonly input: string;
  readonly stage: string;
  readonly code: string;
  readonly message: string;
}

export interface RunSummary {
  readonly storiesIn: number;
  readonly documentsWritten: number;
  readonly held: number;
  readonly duplicates: number;
  readonly deadLetters: readonly DeadLetterLine[];
  readonly stages: readonly StageFigures[];
  readonly wallMs: number;
}

/** Collects ProcessedEvents into the figures of a RunSummary. */
export const createRunRecorder = () => {
  const stages = new Map<string, { messages: number; deadLetters: number; totalMs: number }>();
  const deadLetters: Array<{ key: string | null; stage: string; code: string; message: string }> = [];
  let documentsWritten = 0;
  let held = 0;
  let duplicates = 0;
  const onProcessed = (event: ProcessedEvent): void => {
    const name = event.message.topic.endsWith(Topic.Dlq)
      ? 'dlq-archive'
      : event.message.topic.endsWith(Topic.Held)
        ? 'hold'
        : event.stage;
    const figures = stages.get(name) ?? { messages: 0, deadLetters: 0, totalMs: 0 };
    figures.messages++;
    figures.totalMs += event.ms;
    if (event.outcome === 'dead-letter') {
      figures.deadLetters++;
      deadLetters.push({
        key: event.message.key,
        stage: event.stage,
        code: event.error?.code ?? 'UNKNOWN',
        message: event.error?.message ?? '',
      });
    } else if (event.stage === StageName.Writer && event.message.topic.endsWith(Topic.Checked)) {
      documentsWritten++;
    } else if (event.message.topic.endsWith(Topic.Held)) {
      held++;
    } else if (event.stage === StageName.Normalizer && event.outputs === 0) {
      duplicates++;
    }
    stages.set(name, figures);
  };
  const summary = (storiesIn: number, names: ReadonlyMap<string, string>, wallMs: number): RunSummary => ({
    storiesIn,
    documentsWritten,
    held,
    duplicates,
    deadLetters: deadLetters.map((d) => ({
      input: (d.key && names.get(d.key)) ?? d.key ?? '(no key)',
      stage: d.stage,
      code: d.code,
      message: d.message,
    })),
    stages: [...stages].map(([stage, f]) => ({ stage, ...f })),
    wallMs,
  });
  return { onProcessed, summary };
};
