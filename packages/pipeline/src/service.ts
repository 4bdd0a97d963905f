// A service = the workers of one or more stages over one set of adapters. A distributed
// service runs one role; the embedded pipeline and `pnpm start` run all of them in one process.
import { StageName, Topic } from '@newswire/contracts';
import type { ResolvedConfig } from '@newswire/config';
import type { Logger } from '@newswire/logger';
import type { SourceRegistry } from '@newswire/trust';
import { createWorker } from '@newswire/worker';
import type { AnyStage, ProcessedEvent, Worker, WorkerMetrics } from '@newswire/worker';
import type { Adapters } from './adapters.ts';
import {
  createArchiverStage,
  createDlqArchiverStage,
  createEnricherStage,
  createHeldArchiverStage,
  createNormalizerStage,
  createTrustCheckerStage,
  createWriterStage,
} from './stages.ts';

export const serviceRoles = [
  StageName.Normalizer,
  StageName.Enricher,
  StageName.TrustChecker,
  StageName.Writer,
  StageName.Archiver,
] as const;
export type ServiceRole = (typeof serviceRoles)[number];

export const isServiceRole = (name: string): name is ServiceRole =>
  (serviceRoles as readonly string[]).includes(name);

interface StageSpec {
  readonly stage: AnyStage;
  readonly groupId: string;
}

const stagesFor = (
  role: ServiceRole,
  adapters: Adapters,
  config: ResolvedConfig,
  registry: SourceRegistry | undefined,
): StageSpec[] => {
  const { store, dedup } = adapters;
  switch (role) {
    case StageName.Normalizer:
      return [
        {
          stage: createNormalizerStage({
            dedup,
            dedupTtlMs: config.dedup.ttlMs,
            maxStoryBytes: config.maxStoryBytes,
          }),
          groupId: 'newswire.normalizer',
        },
      ];
    case StageName.Enricher:
      return [{ stage: createEnricherStage(), groupId: 'newswire.enricher' }];
    case StageName.TrustChecker:
      return [
        { stage: createTrustCheckerStage(registry ? { registry } : {}), groupId: 'newswire.trust-checker' },
      ];
    case StageName.Writer:
      return [
        { stage: createWriterStage({ store }), groupId: 'newswire.writer' },
        { stage: createHeldArchiverStage({ store }), groupId: 'newswire.writer.held' },
      ];
    case StageName.Archiver:
      return [
        { stage: createArchiverStage({ store }), groupId: 'newswire.archiver' },
        { stage: createDlqArchiverStage({ store }), groupId: 'newswire.archiver.dlq' },
      ];
  }
};

export interface ServiceOptions {
  readonly config: ResolvedConfig;
  readonly adapters: Adapters;
  readonly logger: Logger;
  readonly roles: readonly ServiceRole[];
  readonly registry?: SourceRegistry;
  readonly onProcessed?: (event: ProcessedEvent) => void;
}

export interface Service {
  readonly workers: readonly Worker[];
  /** Logical topic -> consumer groups reading it, for lag checks. */
  readonly groups: ReadonlyArray<{ readonly topic: string; readonly groupId: string }>;
  start(): Promise<void>;
  /** Stops workers in reverse order of start, each draining its batch in flight. */
  stop(): Promise<void>;
  metrics(): Array<WorkerMetrics & { stage: string; groupId: string }>;
}

export const allTopics = Object.values(Topic);

export const createService = (options: ServiceOptions): Service => {
  const { config, adapters, logger } = options;
  const specs = options.roles.flatMap((role) => stagesFor(role, adapters, config, options.registry));
  const prefix = config.kafka?.topicPrefix ?? '';
  const workers = specs.map((spec) =>
    createWorker({
      bus: adapters.bus,
      stage: spec.stage,
      logger,
      groupId: `${prefix}${spec.groupId}`,
      topicPrefix: prefix,
      maxAttempts: config.worker.maxAttempts,
      retryBaseMs: config.worker.retryBaseMs,
      retryMaxMs: config.worker.retryMaxMs,
      shutdownTimeoutMs: config.worker.shutdownTimeoutMs,
      ...(options.onProcessed ? { onProcessed: options.onProcessed } : {}),
    }),
  );
  const started: Worker[] = [];
  return {
    workers,
    groups: specs.map((s) => ({ topic: s.stage.inputTopic, groupId: `${prefix}${s.groupId}` })),
    async start() {
      await adapters.bus.ensureTopics(allTopics.map((name) => ({ name: `${prefix}${name}` })));
      for (const worker of workers) {
        await worker.start();
        started.push(worker);
      }
    },
    async stop() {
      const errors: unknown[] = [];
      for (const worker of [...started].reverse()) {
        try {
          await worker.stop();
        } catch (e) {
          errors.push(e);
        }
      }
      if (errors.length > 0) throw new AggregateError(errors, 'some workers did not stop cleanly');
    },
    metrics: () =>
      workers.map((w, i) => ({ ...w.metrics(), stage: w.stage.name, groupId: specs[i]?.groupId ?? '' })),
  };
};
