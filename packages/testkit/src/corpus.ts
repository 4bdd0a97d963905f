// Where tests and benchmarks find the shared public corpus: $NEWSWIRE_CORPUS_DIR, else
// ../shared/corpus beside the checkout. A missing corpus is an error, never a skip.
import { existsSync } from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

export const corpusDir = (): string => {
  const dir = process.env['NEWSWIRE_CORPUS_DIR'] ?? path.resolve(repoRoot, '../shared/corpus');
  if (!existsSync(dir)) {
    throw new Error(
      `corpus not found at ${dir}: tests read the shared corpus from ../shared/corpus beside the checkout (or set NEWSWIRE_CORPUS_DIR)`,
    );
  }
  return dir;
};

export const corpusPath = (...parts: string[]): string => {
  const p = path.join(corpusDir(), ...parts);
  if (!existsSync(p)) throw new Error(`corpus file missing: ${p}`);
  return p;
};

export const repoPath = (...parts: string[]): string => path.join(repoRoot, ...parts);
