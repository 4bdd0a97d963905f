// The distributed end-to-end test's input: distinct plain-text stories built at test time from
// the shared corpus (the 13 GUM Wikinews articles and the EFE wire story), plus one malformed
// file. Nothing here is committed corpus text; it is all read from ../shared/corpus.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { corpusPath } from '@newswire/testkit';

export interface StoryFile {
  readonly name: string;
  readonly path: string;
  readonly bytes: Buffer;
}

interface BaseStory {
  readonly headline: string;
  readonly paragraphs: readonly string[];
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "Month D, YYYY": a date line the plain-text parser reads as the story's own time. */
const dateLine = (d: Date): string => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;

const blocks = (text: string): string[] =>
  text
    .split(/\n\s*\n/u)
    .map((b) => b.trim())
    .filter((b) => b !== '');

const baseStories = (): BaseStory[] => {
  const dir = corpusPath('gum-wikinews', 'text');
  const gum = readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n): BaseStory => {
      // headline, date line, then the paragraphs; the corpus date is replaced per story.
      const [headline, , ...paragraphs] = blocks(readFileSync(path.join(dir, n), 'utf8'));
      return { headline: headline ?? n, paragraphs };
    });
  if (gum.length !== 13) throw new Error(`expected the 13 GUM Wikinews texts in ${dir}, found ${gum.length}`);
  // The wire story has one paragraph per line and no headline; it gets one of its own.
  const wire = readFileSync(corpusPath('wire-text', 'efe-bali-blinken-wang.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return [...gum, { headline: 'Blinken tells Wang of US concern over China and Russia', paragraphs: wire }];
};

/**
 * Writes `count` distinct stories into `dir` and returns them in push order (the CLI reads a
 * directory sorted by name). Story n takes base story n mod 14, its own date line (distinct per
 * story) and a paragraph selection; `runTag` in the headline makes every run's stories (and so
 * their ids and Redis dedup keys) new, so runs against reused servers never collide.
 */
export const writeStories = (dir: string, count: number, runTag: string): StoryFile[] => {
  const bases = baseStories();
  const day0 = Date.UTC(2020, 0, 1);
  const files: StoryFile[] = [];
  for (let n = 0; n < count; n++) {
    const base = bases[n % bases.length]!;
    const round = Math.floor(n / bases.length);
    // Drop 0-2 closing paragraphs, keeping at least one, and any trailing Trust Project label.
    const label = base.paragraphs.at(-1)?.startsWith('Conforms to') ? base.paragraphs.slice(-1) : [];
    const body = base.paragraphs.slice(0, base.paragraphs.length - label.length);
    const kept = body.slice(0, Math.max(1, body.length - (round % 3)));
    const text = [
      `${base.headline} (e2e ${runTag} no. ${n + 1})`,
      dateLine(new Date(day0 + n * 86_400_000)),
      ...kept,
      ...label,
    ].join('\n\n');
    const name = `story-${String(n + 1).padStart(3, '0')}.txt`;
    const file = path.join(dir, name);
    const bytes = Buffer.from(`${text}\n`, 'utf8');
    writeFileSync(file, bytes);
    files.push({ name, path: file, bytes });
  }
  return files;
};

/** A story the normalizer must refuse (INVALID_UTF8), named to sort after the good ones. */
export const writeMalformedStory = (dir: string, runTag: string): StoryFile => {
  const bytes = Buffer.concat([
    Buffer.from(`Storm warning (e2e ${runTag})\n\nMarch 3, 2021\n\nGales reached the coast `),
    Buffer.from([0xc3, 0x28, 0x81, 0xfe]),
    Buffer.from(' on Tuesday.\n'),
  ]);
  const name = 'zz-malformed.txt';
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return { name, path: file, bytes };
};
