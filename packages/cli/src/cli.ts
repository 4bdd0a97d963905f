// The `newswire` command. Everything it needs from the process (argv, env, streams) comes in
// through `CliIo`, so tests run it in-process; bin.ts is the only place that touches `process`.
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { loadConfig } from '@newswire/config';
import type { ResolvedConfig } from '@newswire/config';
import { ErrorCode, NewswireError, toNewswireError, wireFormats } from '@newswire/contracts';
import type { WireFormat } from '@newswire/contracts';
import { createLogger } from '@newswire/logger';
import type { Logger } from '@newswire/logger';
import {
  createAdapters,
  createRawStory,
  createRunRecorder,
  createService,
  describeAdapters,
  isServiceRole,
  launchService,
  loadSourceRegistry,
  processRaw,
  pushStories,
  replayQueuePrefix,
  serviceRoles,
  waitForIdle,
} from '@newswire/pipeline';
import type { Adapters, InputFile, RunSummary } from '@newswire/pipeline';
import type { Producer } from '@newswire/bus';
import { createReplayQueue, normalizeReplayPrefix, replayArchive } from '@newswire/replay';
import type { SourceRegistry } from '@newswire/trust';
import { expandInputs, readInput } from './inputs.ts';
import { renderTable } from './table.ts';

export interface CliIo {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly cwd: string;
  /** Resolves when the user asks to stop (SIGINT/SIGTERM); a second ask is handled by bin.ts. */
  readonly stopRequested?: Promise<void>;
}

export const defaultStoriesDir = path.resolve(import.meta.dirname, '../../../examples/stories');

const usage = `newswire: event-driven newswire ingestion

Usage:
  newswire enrich [--format F] [--source S] FILE...|-   normalize + enrich + trust-check, no servers;
                                                        one JSON line per input on stdout
  newswire start [DIR] [--source S]                     run every stage in one process over DIR
                                                        (default: the shipped example stories), write to
                                                        DATA_DIR (./data) or to S3 when configured; print a summary
  newswire push [--format F] [--source S] FILE...|DIR|-  produce raw stories onto the raw topic (needs KAFKA_BROKERS)
  newswire replay [--prefix raw/YYYY/MM/] [--wait]      replay archived raw stories through every stage (a BullMQ
                                                        job run by the archiver when Redis is configured; in-process
                                                        over DATA_DIR otherwise); documents are rewritten in place
  newswire lag                                          consumer lag of every stage's group (needs KAFKA_BROKERS)
  newswire worker <${serviceRoles.join('|')}>   run one stage as a long-lived worker (distributed mode)
  newswire help

Formats: ${wireFormats.join(', ')} (default auto).
Configuration comes from environment variables; see the README.`;

const write = (stream: Writable, text: string): Promise<void> =>
  new Promise((resolve, reject) => stream.write(text, (e) => (e ? reject(e) : resolve())));

const parseFormat = (value: string | undefined): WireFormat => {
  const format = value ?? 'auto';
  if (!(wireFormats as readonly string[]).includes(format)) {
    throw new NewswireError(
      ErrorCode.UnknownFormat,
      `unknown format '${format}'; known: ${wireFormats.join(', ')}`,
    );
  }
  return format as WireFormat;
};

const loadRegistry = (config: ResolvedConfig): Promise<SourceRegistry | undefined> =>
  loadSourceRegistry(config.trustRegistryFile);

const makeLogger = (config: ResolvedConfig, io: CliIo, service: string): Logger =>
  createLogger({
    service,
    level: config.log.level,
    pretty: config.log.pretty,
    destination: io.stderr,
  });

const enrichCommand = async (io: CliIo, args: string[]): Promise<number> => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string' }, source: { type: 'string' } },
  });
  const config = loadConfig(io.env);
  if (positionals.length === 0) throw new Error('give one or more files, or - for standard input');
  const registry = await loadRegistry(config);
  let format: WireFormat | null = null;
  let formatError: NewswireError | null = null;
  try {
    format = parseFormat(values.format);
  } catch (e) {
    formatError = toNewswireError(e);
  }
  let rejected = 0;
  for (const name of positionals) {
    let line: unknown;
    try {
      if (formatError) throw formatError;
      const input = await readInput(name, io.stdin);
      const raw = createRawStory({
        bytes: input.bytes,
        source: values.source ?? config.defaultSource,
        format: format ?? 'auto',
        attributes: { filename: name },
      });
      const doc = processRaw(raw, { maxStoryBytes: config.maxStoryBytes, ...(registry ? { registry } : {}) });
      line = { input: name, ...doc };
    } catch (e) {
      const error = toNewswireError(e);
      rejected++;
      line = { input: name, error: { code: error.code, message: error.message } };
    }
    await write(io.stdout, `${JSON.stringify(line)}\n`);
  }
  return rejected === 0 ? 0 : 1;
};

const formatMs = (ms: number): string => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(2));

interface Feed {
  /** Produces the run's raw stories; resolves to how many, and raw id -> display name. */
  (producer: Producer, adapters: Adapters): Promise<{ count: number; names: Map<string, string> }>;
}

/** Every stage in this process over the configured adapters, fed once, run until idle, summarised. */
const runAllStages = async (io: CliIo, config: ResolvedConfig, feed: Feed): Promise<number> => {
  const logger = makeLogger(config, io, 'newswire');
  const registry = await loadRegistry(config);
  const adapters = await createAdapters(config, logger);
  const recorder = createRunRecorder();
  const service = createService({
    config,
    adapters,
    logger,
    roles: serviceRoles,
    ...(registry ? { registry } : {}),
    onProcessed: recorder.onProcessed,
  });
  const started = performance.now();
  const prefix = config.kafka?.topicPrefix ?? '';
  let summary: RunSummary;
  try {
    await service.start();
    const producer = await adapters.bus.producer();
    const { count, names } = await feed(producer, adapters);
    await producer.close();
    await waitForIdle(adapters.bus, service, { topicPrefix: prefix });
    summary = recorder.summary(count, names, performance.now() - started);
  } finally {
    await service.stop();
    await adapters.close();
  }
  const where =
    adapters.store.kind === 'fs' ? path.resolve(io.cwd, config.dataDir) : `s3://${config.s3?.bucket ?? ''}`;
  const lines = [
    '',
    `newswire: ${config.mode} run (${describeAdapters(adapters)}), ${summary.wallMs.toFixed(0)} ms`,
    '',
    renderTable(
      ['', 'count'],
      [
        ['stories in', String(summary.storiesIn)],
        ['documents written', String(summary.documentsWritten)],
        ['held for an editor', String(summary.held)],
        ['duplicates skipped', String(summary.duplicates)],
        ['DLQ entries', String(summary.deadLetters.length)],
      ],
    ),
    '',
    renderTable(
      ['stage', 'messages', 'DLQ', 'total ms', 'ms/message'],
      summary.stages.map((s) => [
        s.stage,
        String(s.messages),
        String(s.deadLetters),
        formatMs(s.totalMs),
        formatMs(s.messages ? s.totalMs / s.messages : 0),
      ]),
    ),
  ];
  if (summary.deadLetters.length > 0) {
    lines.push(
      '',
      renderTable(
        ['DLQ input', 'stage', 'code', 'reason'],
        summary.deadLetters.map((d) => [d.input, d.stage, d.code, d.message.slice(0, 100)]),
      ),
    );
  }
  lines.push('', `documents: ${where}/enriched/   raw archive: ${where}/raw/   DLQ: ${where}/dlq/`, '');
  await write(io.stdout, lines.join('\n'));
  return 0;
};

const startCommand = async (io: CliIo, args: string[]): Promise<number> => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { source: { type: 'string' }, format: { type: 'string' } },
  });
  const config = loadConfig(io.env);
  const format = parseFormat(values.format);
  const dirs = positionals.length > 0 ? positionals.map((p) => path.resolve(io.cwd, p)) : [defaultStoriesDir];
  const inputs: InputFile[] = [];
  for (const file of await expandInputs(dirs)) inputs.push(await readInput(file, io.stdin));
  return runAllStages(io, config, async (producer) => {
    const ids = await pushStories(producer, inputs, {
      source: values.source ?? config.defaultSource,
      format,
      topicPrefix: config.kafka?.topicPrefix ?? '',
    });
    const names = new Map(ids.map((id, i) => [id, path.relative(io.cwd, inputs[i]?.name ?? id)] as const));
    return { count: inputs.length, names };
  });
};

const replayCommand = async (io: CliIo, args: string[]): Promise<number> => {
  const { values } = parseArgs({
    args,
    allowPositionals: false,
    options: { prefix: { type: 'string' }, wait: { type: 'boolean' }, 'timeout-ms': { type: 'string' } },
  });
  const config = loadConfig(io.env);
  const prefix = normalizeReplayPrefix(values.prefix);
  if (config.mode === 'distributed') {
    if (config.redis === null) throw new Error('REDIS_URL is not set; replays are BullMQ jobs on Redis');
    const queue = createReplayQueue({ redisUrl: config.redis.url, queuePrefix: replayQueuePrefix(config) });
    try {
      const jobId = await queue.enqueue(prefix);
      await write(io.stdout, `replay of ${prefix} queued as job ${jobId}\n`);
      if (values.wait) {
        const result = await queue.waitFor(jobId, Number(values['timeout-ms'] ?? 600_000));
        await write(
          io.stdout,
          `job ${jobId}: ${result.replayed} replayed, ${result.unreadable} unreadable, ${result.listed} listed\n`,
        );
      }
    } finally {
      await queue.close();
    }
    return 0;
  }
  // Embedded: no queue and no standing workers, so the replay runs every stage right here.
  return runAllStages(io, config, async (producer, adapters) => {
    const result = await replayArchive({
      store: adapters.store,
      producer,
      prefix,
      replayId: `cli-${new Date().toISOString()}`,
      topicPrefix: config.kafka?.topicPrefix ?? '',
    });
    for (const key of result.unreadableKeys)
      await write(io.stderr, `replay: not a raw story, skipped: ${key}\n`);
    return { count: result.replayed, names: new Map() };
  });
};

const pushCommand = async (io: CliIo, args: string[]): Promise<number> => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string' }, source: { type: 'string' } },
  });
  const config = loadConfig(io.env);
  if (config.kafka === null) {
    throw new Error(
      'KAFKA_BROKERS is not set; push produces onto Kafka (use `newswire start` for the embedded mode)',
    );
  }
  if (positionals.length === 0) throw new Error('give files, directories or - for standard input');
  const logger = makeLogger(config, io, 'newswire-push');
  const format = parseFormat(values.format);
  const files = await expandInputs(positionals);
  const adapters = await createAdapters(config, logger);
  try {
    await adapters.bus.ensureTopics([{ name: `${config.kafka.topicPrefix}wire.raw` }]);
    const producer = await adapters.bus.producer();
    const showProgress = files.length > 5;
    let accepted = 0;
    const refused: string[] = [];
    const batch = 100;
    for (let i = 0; i < files.length; i += batch) {
      const inputs: InputFile[] = [];
      for (const f of files.slice(i, i + batch)) {
        const input = await readInput(f, io.stdin);
        // Beyond the story limit a payload could not even travel on the bus (nor in a dead
        // letter), so it is refused here, loudly, instead of being lost downstream.
        if (input.bytes.length > config.maxStoryBytes) {
          refused.push(
            `${f}: TOO_LARGE: ${input.bytes.length} bytes exceeds MAX_STORY_BYTES (${config.maxStoryBytes})`,
          );
        } else {
          inputs.push(input);
        }
      }
      await pushStories(producer, inputs, {
        source: values.source ?? config.defaultSource,
        format,
        topicPrefix: config.kafka.topicPrefix,
      });
      accepted += inputs.length;
      if (showProgress) {
        const done = Math.min(i + batch, files.length);
        const width = 30;
        const filled = Math.round((done / files.length) * width);
        await write(
          io.stderr,
          `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${files.length}`,
        );
      }
    }
    if (showProgress) await write(io.stderr, '\n');
    await producer.close();
    for (const line of refused) await write(io.stderr, `newswire push: refused ${line}\n`);
    await write(
      io.stdout,
      `${accepted} accepted onto ${config.kafka.topicPrefix}wire.raw${refused.length ? `, ${refused.length} refused` : ''}\n`,
    );
    return refused.length === 0 ? 0 : 1;
  } finally {
    await adapters.close();
  }
};

const workerCommand = async (io: CliIo, args: string[]): Promise<number> => {
  const role = args[0];
  if (role === undefined || !isServiceRole(role)) {
    throw new Error(`give one of ${serviceRoles.join(', ')}`);
  }
  const config = loadConfig(io.env);
  const running = await launchService({ config, logger: makeLogger(config, io, role), roles: [role] });
  await (io.stopRequested ?? new Promise<void>(() => undefined));
  await running.stop();
  return 0;
};

const lagCommand = async (io: CliIo): Promise<number> => {
  const config = loadConfig(io.env);
  if (config.kafka === null)
    throw new Error('KAFKA_BROKERS is not set; lag is read from Kafka consumer groups');
  const logger = makeLogger(config, io, 'newswire-lag');
  const adapters = await createAdapters(config, logger);
  try {
    // The service is only built, never started: it knows every group and the topic it reads.
    const service = createService({ config, adapters, logger, roles: serviceRoles });
    const rows: string[][] = [];
    for (const { topic, groupId } of service.groups) {
      const name = `${config.kafka.topicPrefix}${topic}`;
      const parts = await adapters.bus.lag(groupId, name);
      const total = parts.reduce((n, p) => n + p.lag, 0);
      rows.push([groupId, name, String(parts.length), String(total)]);
    }
    await write(io.stdout, `${renderTable(['group', 'topic', 'partitions', 'lag'], rows)}\n`);
    return 0;
  } finally {
    await adapters.close();
  }
};

export const runCli = async (io: CliIo): Promise<number> => {
  const [command, ...rest] = io.argv;
  try {
    switch (command) {
      case 'enrich':
        return await enrichCommand(io, rest);
      case 'start':
        return await startCommand(io, rest);
      case 'push':
        return await pushCommand(io, rest);
      case 'replay':
        return await replayCommand(io, rest);
      case 'lag':
        return await lagCommand(io);
      case 'worker':
        return await workerCommand(io, rest);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        await write(io.stdout, `${usage}\n`);
        return command === undefined ? 2 : 0;
      default:
        await write(io.stderr, `newswire: unknown command '${command}'\n\n${usage}\n`);
        return 2;
    }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await write(io.stderr, `newswire ${command}: ${message}\n`);
    return 1;
  }
};
