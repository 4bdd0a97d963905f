// The body of every service's main.ts, written once: config from the environment, logger,
// adapters and workers, then a graceful drain on the first SIGTERM/SIGINT and a forced exit on
// the second. The process itself is handed in by main.ts, which stays the only file that
// touches it.
import { loadConfig } from '@newswire/config';
import { createLogger } from '@newswire/logger';
import { launchService } from './launch.ts';
import type { ServiceRole } from './service.ts';

export interface ServiceProcess {
  readonly env: Readonly<Record<string, string | undefined>>;
  on(signal: 'SIGTERM' | 'SIGINT', listener: (signal: NodeJS.Signals) => void): unknown;
  exit(code: number): never;
}

export const runServiceMain = async (role: ServiceRole, proc: ServiceProcess): Promise<void> => {
  const config = loadConfig(proc.env);
  const logger = createLogger({ service: role, level: config.log.level, pretty: config.log.pretty });
  const running = await launchService({ config, logger, roles: [role] });
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals): void => {
    signals++;
    if (signals > 1) {
      logger.warn({ signal }, 'second signal: exiting without draining');
      proc.exit(130);
    }
    logger.info({ signal }, 'draining');
    running.stop().then(
      () => proc.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'did not stop cleanly');
        proc.exit(1);
      },
    );
  };
  proc.on('SIGTERM', onSignal);
  proc.on('SIGINT', onSignal);
};
