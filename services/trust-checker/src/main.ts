// Composition root of the trust-checker service: wire.enriched -> Trust Project report -> wire.checked, or wire.held by source policy.
// The only file of this service that reads process.env, handles signals or exits.
import { loadConfig } from '@newswire/config';
import { createLogger } from '@newswire/logger';
import { launchService } from '@newswire/pipeline';

const config = loadConfig(process.env);
const logger = createLogger({ service: 'trust-checker', level: config.log.level, pretty: config.log.pretty });
const running = await launchService({ config, logger, roles: ['trust-checker'] });

let signals = 0;
const onSignal = (signal: NodeJS.Signals): void => {
  signals++;
  if (signals > 1) {
    logger.warn({ signal }, 'second signal: exiting without draining');
    process.exit(130);
  }
  logger.info({ signal }, 'draining');
  running.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      logger.error({ err: error }, 'did not stop cleanly');
      process.exit(1);
    },
  );
};
process.on('SIGTERM', onSignal);
process.on('SIGINT', onSignal);
