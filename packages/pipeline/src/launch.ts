// Starting a long-lived service from resolved config: registry, adapters, workers. The
// caller (a service's main.ts or the CLI) owns signals and the process.
import { readFile } from 'node:fs/promises';
import type { ResolvedConfig } from '@newswire/config';
import { StageName } from '@newswire/contracts';
import type { Logger } from '@newswire/logger';
import { createReplayWorker } from '@newswire/replay';
import { parseSourceRegistry } from '@newswire/trust';
import type { SourceRegistry } from '@newswire/trust';
import { createAdapters, describeAdapters } from './adapters.ts';
import type { Adapters } from './adapters.ts';
import { createService } from './service.ts';
import type { Service, ServiceRole } from './service.ts';

export const loadSourceRegistry = async (file: string | null): Promise<SourceRegistry | undefined> => {
  if (file === null) return undefined;
  return parseSourceRegistry(JSON.parse(await readFile(file, 'utf8')));
};

export interface RunningService {
  readonly service: Service;
  readonly adapters: Adapters;
  /** Drains every worker, then closes the adapters. */
  stop(): Promise<void>;
}

export const launchService = async (options: {
  config: ResolvedConfig;
  logger: Logger;
  roles: readonly ServiceRole[];
}): Promise<RunningService> => {
  const { config, logger, roles } = options;
  const registry = await loadSourceRegistry(config.trustRegistryFile);
  const adapters = await createAdapters(config, logger);
  const service = createService({ config, adapters, logger, roles, ...(registry ? { registry } : {}) });
  try {
    await service.start();
  } catch (e) {
    await adapters.close();
    throw e;
  }
  // The archiver owns raw/, so it also runs replay jobs (BullMQ on Redis) when Redis is there.
  const replayWorker =
    roles.includes(StageName.Archiver) && config.redis
      ? createReplayWorker({
          redisUrl: config.redis.url,
          store: adapters.store,
          bus: adapters.bus,
          topicPrefix: config.kafka?.topicPrefix ?? '',
          queuePrefix: replayQueuePrefix(config),
          logger,
        })
      : null;
  logger.info(
    { roles, adapters: describeAdapters(adapters), replay: replayWorker !== null },
    'service started',
  );
  return {
    service,
    adapters,
    async stop() {
      try {
        await replayWorker?.close();
        await service.stop();
      } finally {
        await adapters.close();
      }
    },
  };
};

/** BullMQ key prefix for replay jobs: follows the topic prefix so isolated runs stay apart. */
export const replayQueuePrefix = (config: ResolvedConfig): string =>
  `${config.kafka?.topicPrefix ?? ''}newswire`;
