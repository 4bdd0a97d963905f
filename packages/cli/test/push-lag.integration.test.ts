// `newswire push` and `newswire lag` against a real Kafka: what an operator types and reads.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import type { ServerEnv, ServerPath } from '@newswire/testkit';
import { repoPath } from '@newswire/testkit';
import { describe, expect, inject, it } from 'vitest';
import { runCli } from '../src/index.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    servers: ServerEnv & { path: ServerPath };
  }
}

const servers = inject('servers');

const cli = async (argv: string[], env: Record<string, string>) => {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const code = await runCli({
    argv,
    env: { ...servers, LOG_LEVEL: 'warn', LOG_PRETTY: 'false', ...env },
    stdin: Readable.from([]),
    stdout,
    stderr,
    cwd: process.cwd(),
  });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
};

describe('newswire push and lag on Kafka', () => {
  it('pushes a folder, refuses a file over MAX_STORY_BYTES loudly, and shows the backlog per stage', async () => {
    const prefix = `pushlag${randomUUID().slice(0, 8)}.`;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'newswire-push-'));
    writeFileSync(path.join(dir, 'big.txt'), Buffer.alloc(2048, 0x61));
    const env = { KAFKA_TOPIC_PREFIX: prefix, MAX_STORY_BYTES: '1024' };

    const big = await cli(['push', dir], env);
    expect(big.code).toBe(1);
    expect(big.stdout).toContain('0 accepted');
    expect(big.stderr).toMatch(/refused .*big\.txt: TOO_LARGE/u);

    const pushed = await cli(['push', repoPath('examples', 'stories')], { KAFKA_TOPIC_PREFIX: prefix });
    expect(pushed.code, pushed.stderr).toBe(0);
    expect(pushed.stdout).toContain(`5 accepted onto ${prefix}wire.raw`);

    const lag = await cli(['lag'], { KAFKA_TOPIC_PREFIX: prefix });
    expect(lag.code, lag.stderr).toBe(0);
    const row = (group: string) =>
      lag.stdout.split('\n').find((l) => l.startsWith(`${prefix}newswire.${group} `)) ?? '';
    // Nobody consumed yet: the normalizer and the archiver each have all five to read.
    expect(row('normalizer').trim().split(/\s+/u).at(-1)).toBe('5');
    expect(row('archiver').trim().split(/\s+/u).at(-1)).toBe('5');
    expect(row('writer').trim().split(/\s+/u).at(-1)).toBe('0');
  });
});
