export {
  createLogger,
  LogField,
  logLevels,
  redactPaths,
  REDACTED,
  type DestinationStream,
  type Logger,
  type LoggerOptions,
  type LogLevel,
  type StoryLogBindings,
} from './create-logger.ts';
