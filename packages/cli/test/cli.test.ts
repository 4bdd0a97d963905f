// The `newswire` command in-process: what a user sees on stdout/stderr and the exit code.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { corpusPath } from '@newswire/testkit';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/index.ts';

const collect = (stream: PassThrough): (() => string) => {
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return () => Buffer.concat(chunks).toString('utf8');
};

const cli = async (argv: string[], env: Record<string, string> = {}, stdin = '') => {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = collect(stdout);
  const err = collect(stderr);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'newswire-cli-'));
  const code = await runCli({
    argv,
    env: { DATA_DIR: dataDir, LOG_LEVEL: 'warn', LOG_PRETTY: 'false', ...env },
    stdin: Readable.from([Buffer.from(stdin)]),
    stdout,
    stderr,
    cwd: dataDir,
  });
  return { code, stdout: out(), stderr: err(), dataDir };
};

const wireStory = corpusPath('wire-text', 'efe-bali-blinken-wang.txt');

interface Line {
  input: string;
  error?: { code: string; message: string };
  entities?: Array<{
    type: string;
    name: string;
    mentions: Array<{ text: string; start: number; end: number }>;
  }>;
  quotes?: Array<{ text: string; start: number; end: number; speaker: { name: string } | null }>;
  bodyText?: string;
  trust?: { labels: string[] };
  ninjs?: Record<string, unknown>;
  id?: string;
  version?: number;
  headline?: string;
  language?: string;
}

describe('newswire enrich', () => {
  it('prints one enriched document for the corpus wire story, with the entities, quotes and trust label a reader checks', async () => {
    const { code, stdout } = await cli(['enrich', wireStory]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const doc = JSON.parse(lines[0]!) as Line;
    expect(doc.input).toBe(wireStory);
    for (const field of ['id', 'version', 'headline', 'bodyText', 'language', 'trust', 'ninjs'] as const) {
      expect(doc[field], field).toBeDefined();
    }
    const people = doc.entities!.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Antony Blinken', 'Wang Yi']));
    expect(doc.entities!.filter((e) => e.type === 'place').map((e) => e.name)).toContain('Bali');
    for (const e of doc.entities!) {
      for (const m of e.mentions) expect(doc.bodyText!.slice(m.start, m.end)).toBe(m.text);
    }
    expect(doc.quotes!.filter((q) => q.speaker?.name === 'Antony Blinken').length).toBeGreaterThanOrEqual(3);
    expect(doc.trust!.labels).toContain('Conforms to The Trust Project criteria');
  });

  it('keeps input order, reads standard input, and prints an error line (exit 1) for a rejected input', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'newswire-cli-in-'));
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const { code, stdout } = await cli(['enrich', empty, '-', wireStory], {}, 'A short story about Paris.\n');
    expect(code).toBe(1);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Line);
    expect(lines.map((l) => l.input)).toEqual([empty, '-', wireStory]);
    expect(lines[0]!.error).toMatchObject({ code: 'EMPTY_INPUT' });
    expect(lines[0]!.error!.message.length).toBeGreaterThan(5);
    expect(lines[1]!.error).toBeUndefined();
    expect(lines[2]!.error).toBeUndefined();
  });

  it('rejects an unknown --format for every input with UNKNOWN_FORMAT', async () => {
    const { code, stdout } = await cli(['enrich', '--format', 'rtf', wireStory]);
    expect(code).toBe(1);
    expect((JSON.parse(stdout.trim()) as Line).error?.code).toBe('UNKNOWN_FORMAT');
  });
});

describe('newswire start', () => {
  it('runs the embedded pipeline over the shipped examples and prints the summary', async () => {
    const { code, stdout } = await cli(['start']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/stories in\s+5/u);
    expect(stdout).toMatch(/documents written\s+4/u);
    expect(stdout).toMatch(/DLQ entries\s+1/u);
    expect(stdout).toContain('05-malformed-ninjs.json');
    for (const stage of ['normalizer', 'enricher', 'trust-checker', 'writer', 'archiver'])
      expect(stdout).toContain(stage);
  });
});

describe('newswire (no command)', () => {
  it('prints usage and exits 2', async () => {
    const { code, stdout } = await cli([]);
    expect(code).toBe(2);
    expect(stdout).toContain('Usage:');
  });
});
