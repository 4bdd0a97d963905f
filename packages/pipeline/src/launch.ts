// Starting a long-lived service from resolved config: registry, adapters, workers. The
// caller (a service's main.ts or the CLI) owns signals and the process.
import { readFile } from 'node:fs/promises';
import type { ResolvedConfig } from '@newswire/config';
import type { Logger } from '@newswire/logger';
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
  logger.info({ roles, adapters: describeAdapters(adapters) }, 'service started');
  return {
    service,
    adapters,
    async stop() {
      try {
        await service.stop();
      } finally {
        await adapters.close();
      }
    },
  };
};
