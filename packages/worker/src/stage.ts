// What a stage is to the runtime: decode one bus message, handle it, return the messages to
// produce. Stages do their own idempotent side effects (object writes) inside `handle`; the
// runtime owns retries, the DLQ, commits and shutdown.
import type { BusMessage } from '@newswire/bus';
import type { StageName } from '@newswire/contracts';
import type { Logger } from '@newswire/logger';

export interface StageContext {
  readonly logger: Logger;
  readonly message: BusMessage;
  /** 1 for the first try. */
  readonly attempt: number;
  readonly signal: AbortSignal;
}

export interface StageOutput {
  /** Logical topic name (from `Topic`); the runtime applies any prefix. */
  readonly topic: string;
  readonly key: string | null;
  readonly value: Buffer | string;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface Stage<In> {
  readonly name: StageName;
  readonly version: string;
  /** Logical input topic. */
  readonly inputTopic: string;
  /** Reads the message; throws a permanent NewswireError when it cannot. */
  decode(message: BusMessage): In;
  /** Story fields bound to every log line about this input. */
  describe?(input: In): { storyId?: string; version?: number };
  handle(input: In, context: StageContext): Promise<readonly StageOutput[]>;
  /** Runs once this input's outputs are accepted by the bus, before the commit (e.g. dedup marks). */
  afterProduced?(input: In, context: StageContext): Promise<void>;
}

// The runtime stores stages of different input types side by side.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyStage = Stage<any>;
