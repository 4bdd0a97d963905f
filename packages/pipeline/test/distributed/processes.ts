// Child processes of the distributed end-to-end test: each worker (and the CLI) runs as its own
// `node <file>` with the same environment; its output is kept in memory and in a log file, so
// a failing test can print each child's tail and the test can read their JSON log lines.
// It does not judge the output; the test does.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import type { WriteStream } from 'node:fs';
import path from 'node:path';

export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** A pino JSON line, as the services write them to stdout. */
export type LogLine = Readonly<Record<string, unknown>>;

export interface Child {
  /** Unique within the group: `writer`, then `writer#2` for a restart. */
  readonly name: string;
  readonly pid: number;
  readonly exited: Promise<Exit>;
  running(): boolean;
  /** stdout and stderr as received, interleaved. */
  output(): string;
  /** The JSON lines of stdout (anything else is skipped). */
  logLines(): LogLine[];
  /** Resolves with the first log line matching `match`; rejects when the child exits first or on timeout. */
  waitForLog(what: string, match: (line: LogLine) => boolean, timeoutMs: number): Promise<LogLine>;
  signal(signal: NodeJS.Signals): void;
}

export interface ChildGroup {
  start(name: string, args: readonly string[]): Child;
  all(): readonly Child[];
  /** SIGKILLs every child still running and waits for them to go: nothing outlives the test. */
  killAll(): Promise<void>;
  /** The last lines of every child's output, for a failure report. */
  report(lines?: number): string;
}

const parseLine = (line: string): LogLine | null => {
  if (!line.startsWith('{')) return null;
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null ? (value as LogLine) : null;
  } catch {
    return null;
  }
};

const live = new Set<ChildProcess>();
// Last resort if the test process itself goes down: no orphan workers keep consuming.
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

export const createChildGroup = (options: {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string>>;
  /** Folder for one `<name>.log` per child. */
  readonly logDir: string;
}): ChildGroup => {
  const children: Child[] = [];
  const starts = new Map<string, number>();

  const start = (base: string, args: readonly string[]): Child => {
    const n = (starts.get(base) ?? 0) + 1;
    starts.set(base, n);
    const name = n === 1 ? base : `${base}#${n}`;
    const proc = spawn(process.execPath, [...args], {
      cwd: options.cwd,
      env: { ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    live.add(proc);
    const file: WriteStream = createWriteStream(path.join(options.logDir, `${name}.log`));
    const chunks: string[] = [];
    const lines: LogLine[] = [];
    let partial = '';
    let done = false;
    const waiters = new Set<() => void>();
    const notify = (): void => {
      for (const w of [...waiters]) w();
    };
    proc.stdout?.setEncoding('utf8');
    proc.stderr?.setEncoding('utf8');
    proc.stdout?.on('data', (text: string) => {
      chunks.push(text);
      file.write(text);
      const parts = (partial + text).split('\n');
      partial = parts.pop() ?? '';
      for (const part of parts) {
        const line = parseLine(part);
        if (line) lines.push(line);
      }
      notify();
    });
    proc.stderr?.on('data', (text: string) => {
      chunks.push(text);
      file.write(text);
    });
    const exited = new Promise<Exit>((resolve) => {
      proc.once('exit', (code, signal) => {
        live.delete(proc);
        done = true;
        // Let the pipes flush their last chunks before anyone reads the output.
        setImmediate(() => {
          const last = parseLine(partial);
          if (last) lines.push(last);
          partial = '';
          file.end();
          notify();
          resolve({ code, signal });
        });
      });
    });
    const child: Child = {
      name,
      pid: proc.pid ?? -1,
      exited,
      running: () => !done,
      output: () => chunks.join(''),
      logLines: () => [...lines],
      waitForLog: (what, match, timeoutMs) =>
        new Promise<LogLine>((resolve, reject) => {
          const timer = setTimeout(() => {
            waiters.delete(check);
            reject(new Error(`${name}: no log line "${what}" within ${timeoutMs} ms`));
          }, timeoutMs);
          function check(): void {
            const found = lines.find(match);
            if (found) {
              clearTimeout(timer);
              waiters.delete(check);
              resolve(found);
            } else if (done) {
              clearTimeout(timer);
              waiters.delete(check);
              reject(new Error(`${name} exited before logging "${what}"`));
            }
          }
          waiters.add(check);
          check();
        }),
      signal: (signal) => {
        if (!done) proc.kill(signal);
      },
    };
    children.push(child);
    return child;
  };

  return {
    start,
    all: () => [...children],
    async killAll() {
      for (const child of children) child.signal('SIGKILL');
      await Promise.all(children.map((c) => c.exited));
    },
    report(count = 25) {
      return children
        .map((c) => {
          const tail = c.output().trimEnd().split('\n').slice(-count).join('\n');
          return `----- ${c.name} (pid ${c.pid}, ${c.running() ? 'running' : 'exited'}; full log: ${path.join(options.logDir, `${c.name}.log`)})\n${tail}`;
        })
        .join('\n');
    },
  };
};

/**
 * Polls `check` every `intervalMs` until it returns a value other than undefined; fails after
 * `timeoutMs` with `what` and the last state `describe` gives. For waiting on an external system.
 */
export const pollUntil = async <T>(
  what: string,
  check: () => Promise<T | undefined>,
  options: { timeoutMs: number; intervalMs?: number; describe?: () => string },
): Promise<T> => {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${options.timeoutMs} ms waiting for ${what}${options.describe ? ` (${options.describe()})` : ''}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 200));
  }
};
