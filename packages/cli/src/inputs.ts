// Reading CLI inputs: files, directories (recursively, sorted) and '-' for standard input.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { InputFile } from '@newswire/pipeline';

export const readStream = async (stream: Readable): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
};

const walk = async (dir: string): Promise<string[]> => {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else if (entry.isFile()) files.push(full);
  }
  return files;
};

/** Expands arguments to a list of input paths (directories walked); '-' stays '-'. */
export const expandInputs = async (args: readonly string[]): Promise<string[]> => {
  const out: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push('-');
      continue;
    }
    const info = await stat(arg);
    out.push(...(info.isDirectory() ? await walk(arg) : [arg]));
  }
  return out;
};

export const readInput = async (name: string, stdin: Readable): Promise<InputFile> => ({
  name,
  bytes: name === '-' ? await readStream(stdin) : await readFile(name),
});
