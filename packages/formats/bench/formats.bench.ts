// pnpm bench:formats — stories/s per wire format over the shared corpus (plus the ANPA 1312 and
// IPTC 7901 fixtures, which have no public samples), and how fast hostile input is refused.
// Prints a table and writes bench-results/formats.json. Time per format is bounded (~1 s).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { corpusPath, repoPath } from '@newswire/testkit';
import { DEFAULT_MAX_STORY_BYTES, FORMATS_VERSION, detectFormat, parseStory } from '../src/index.ts';
import { anpaMessage, iptc7901Message } from '../test/fixtures/wire-fixtures.ts';

const BUDGET_MS = Number(process.env['BENCH_FORMATS_MS'] ?? 1000);

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return /\.(xml|json|txt)$/u.test(e.name) && !/schema|\.xsd$/iu.test(e.name) ? [p] : [];
  });

const input = (bytes: Uint8Array) => ({
  bytes,
  source: 'bench',
  rawId: 'bench-1',
  receivedAt: '2024-07-09T10:00:00Z',
});

const parses = (bytes: Uint8Array): boolean => {
  try {
    parseStory(input(bytes));
    return true;
  } catch {
    return false;
  }
};

// Group every corpus input that yields a story by its detected format.
const groups = new Map<string, Uint8Array[]>();
let rejected = 0;
for (const d of [
  'wire-text',
  'iptc-ninjs/examples',
  'iptc-newsml-g2',
  'nitf-edge-cases',
  'gum-wikinews/text',
]) {
  for (const f of files(corpusPath(d))) {
    const bytes = new Uint8Array(readFileSync(f));
    const format = detectFormat(bytes);
    if (!format || !parses(bytes)) {
      rejected += 1;
      continue;
    }
    groups.set(format, [...(groups.get(format) ?? []), bytes]);
  }
}
groups.set('anpa1312', [
  anpaMessage(),
  anpaMessage({ slugNote: '1st Ld-Writethru' }),
  anpaMessage({ encoding: 'utf-8' }),
]);
groups.set('iptc7901', [iptc7901Message(), iptc7901Message({ encoding: 'utf-8' })]);

interface Row {
  format: string;
  inputs: number;
  stories: number;
  seconds: number;
  storiesPerSecond: number;
  megabytesPerSecond: number;
  meanBytes: number;
}

const rows: Row[] = [];
for (const [format, inputs] of [...groups.entries()].sort()) {
  for (const b of inputs.slice(0, 3)) parseStory(input(b)); // warm-up
  let stories = 0;
  let bytes = 0;
  const start = performance.now();
  while (performance.now() - start < BUDGET_MS) {
    for (const b of inputs) {
      parseStory(input(b));
      stories += 1;
      bytes += b.length;
    }
  }
  const seconds = (performance.now() - start) / 1000;
  rows.push({
    format,
    inputs: inputs.length,
    stories,
    seconds: Number(seconds.toFixed(3)),
    storiesPerSecond: Math.round(stories / seconds),
    megabytesPerSecond: Number((bytes / 1e6 / seconds).toFixed(2)),
    meanBytes: Math.round(inputs.reduce((n, b) => n + b.length, 0) / inputs.length),
  });
}

// Hostile input: time to refusal (ms, best of 5).
const lol = ['<!ENTITY lol "lol">'];
for (let i = 1; i <= 9; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i - 1 || ''};`.repeat(10)}">`);
const para = '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n';
const listing2 = readFileSync(
  corpusPath('iptc-newsml-g2', 'examples', 'LISTING_2_NewsML-G2_Text_Document.xml'),
  'utf8',
);
const hostile: Record<string, Uint8Array> = {
  'xxe-file': new TextEncoder().encode(
    '<?xml version="1.0"?><!DOCTYPE n [<!ENTITY x SYSTEM "file:///etc/passwd">]><nitf><body>&x;</body></nitf>',
  ),
  'billion-laughs': new TextEncoder().encode(
    `<?xml version="1.0"?><!DOCTYPE l [${lol.join('')}]><nitf><body>&lol9;</body></nitf>`,
  ),
  'xml-50mb': new TextEncoder().encode(
    `<nitf><body><body.content>${para.repeat(Math.ceil((50 * 1024 * 1024) / para.length))}</body.content></body></nitf>`,
  ),
  'truncated-xml': new TextEncoder().encode(listing2.slice(0, listing2.length / 2)),
};
const rejections: { input: string; code: string; ms: number }[] = [];
for (const [name, bytes] of Object.entries(hostile)) {
  let best = Infinity;
  let code = 'accepted';
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    try {
      parseStory(input(bytes));
    } catch (e) {
      code = (e as { code?: string }).code ?? 'unknown';
    }
    best = Math.min(best, performance.now() - t);
  }
  rejections.push({ input: name, code, ms: Number(best.toFixed(3)) });
}

console.log(
  `formats ${FORMATS_VERSION} — ${BUDGET_MS} ms per format, ${rejected} corpus files rejected (non-news items, empty, not a format)`,
);
console.table(
  rows.map((r) => ({
    format: r.format,
    inputs: r.inputs,
    'stories/s': r.storiesPerSecond,
    'MB/s': r.megabytesPerSecond,
    'mean bytes': r.meanBytes,
  })),
);
console.table(rejections);

const out = repoPath('bench-results', 'formats.json');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify({ bench: 'formats', version: FORMATS_VERSION, node: process.version, budgetMsPerFormat: BUDGET_MS, maxStoryBytes: DEFAULT_MAX_STORY_BYTES, rejectedCorpusFiles: rejected, formats: rows, rejections }, null, 2)}\n`,
);
console.log(`wrote ${out}`);
