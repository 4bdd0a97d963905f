export {
  ConfigError,
  loadConfig,
  redactConfig,
  type ConfigIssue,
  type KafkaConfig,
  type LogLevel,
  type Mode,
  type RedisConfig,
  type ResolvedConfig,
  type S3Config,
} from './load-config.ts';
export {
  configReferenceMarkdown,
  configVariables,
  logLevels,
  type ConfigVariable,
  type Requirement,
  type VariableName,
} from './variables.ts';
