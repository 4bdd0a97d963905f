// The embedded pipeline end to end: raw bytes in, enriched documents, raw archive and dead
// letters out, through the same stage code the distributed workers run.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createMemoryBus } from '@newswire/bus';
import { loadConfig } from '@newswire/config';
import { createMemoryDedup } from '@newswire/dedup';
import { createLogger } from '@newswire/logger';
import { createMemoryStore } from '@newswire/storage';
import { validateNinjs } from '@newswire/formats';
import { parseSourceRegistry } from '@newswire/trust';
import { corpusPath } from '@newswire/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { createService, pushStories, serviceRoles, waitForIdle } from '../src/index.ts';
import { startHarness } from './embedded-harness.ts';
import type { Harness } from './embedded-harness.ts';

const wireStory = corpusPath('wire-text', 'efe-bali-blinken-wang.txt');
const file = (p: string) => ({ name: path.basename(p), bytes: readFileSync(p) });

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

const names = (doc: { entities: Array<{ type: string; name: string }> }, type: string) =>
  doc.entities.filter((e) => e.type === type).map((e) => e.name);

describe('embedded pipeline', () => {
  it('takes the corpus wire story through every stage to one enriched document', async () => {
    harness = await startHarness();
    const summary = await harness.push([file(wireStory)]);
    expect(summary).toMatchObject({ storiesIn: 1, documentsWritten: 1, deadLetters: [] });

    const [doc, ...more] = await harness.documents();
    expect(more).toHaveLength(0);
    expect(doc!.headline.length).toBeGreaterThan(10);
    expect(doc!.bodyText).toContain('Antony Blinken');
    expect(doc!.bodyText).not.toContain('Conforms to The Trust Project criteria');
    expect(names(doc!, 'person')).toEqual(expect.arrayContaining(['Antony Blinken', 'Wang Yi']));
    expect(names(doc!, 'place')).toContain('Bali');
    const byBlinken = doc!.quotes.filter((q) => q.speaker?.name === 'Antony Blinken');
    expect(byBlinken.length).toBeGreaterThanOrEqual(3);
    for (const q of doc!.quotes) expect(doc!.bodyText.slice(q.start, q.end)).toContain(q.text.slice(0, 10));
    expect(doc!.trust.labels).toContain('Conforms to The Trust Project criteria');
    expect(doc!.trust.claimsConformance).toBe(true);
    expect(validateNinjs(doc!.ninjs, '2.1').errors).toEqual([]);

    // The raw archive holds what was pushed, byte for byte.
    const [rawKey] = await harness.keys('raw/');
    const raw = JSON.parse((await harness.store.get(rawKey!))!.toString('utf8')) as { payload: string };
    expect(Buffer.from(raw.payload, 'utf8').equals(readFileSync(wireStory))).toBe(true);
  });

  it('reads the ninjs examples into documents with their own headline, language and body', async () => {
    harness = await startHarness();
    const examples = ['ninjsExSimpleText_2.json', 'dpa_text.json', 'ntb_text.json', 'tt_text_image_2.json'];
    const summary = await harness.push(
      examples.map((n) => file(corpusPath('iptc-ninjs', 'examples', '2.1', n))),
    );
    expect(summary.deadLetters).toEqual([]);
    const docs = await harness.documents();
    expect(docs).toHaveLength(4);
    for (const name of examples) {
      const source = JSON.parse(readFileSync(corpusPath('iptc-ninjs', 'examples', '2.1', name), 'utf8')) as {
        uri: string;
        language?: string;
        headlines: Array<{ value: string }>;
      };
      const doc = docs.find((d) => d.story.uri === source.uri);
      expect(doc, name).toBeDefined();
      expect(doc!.headline).toBe(source.headlines[0]!.value);
      expect(doc!.language.toLowerCase()).toBe((source.language ?? 'en').toLowerCase());
      expect(doc!.bodyText.length).toBeGreaterThan(50);
    }
    const english = docs.find((d) => d.headline.startsWith('Captain of wrecked cruise ship'))!;
    expect(names(english, 'place')).toContain('Italy');
  });

  it('never writes a second document for a re-pushed story', async () => {
    harness = await startHarness();
    await harness.push([file(wireStory)]);
    const summary = await harness.push([file(wireStory)]);
    expect(summary.duplicates).toBe(1);
    expect(await harness.documents()).toHaveLength(1);
  });

  it('replays the raw archive through every stage again, rewriting documents in place', async () => {
    harness = await startHarness();
    await harness.push([
      file(wireStory),
      file(corpusPath('iptc-ninjs', 'examples', '2.1', 'ninjsExSimpleText_2.json')),
    ]);
    const before = await harness.documents();
    const summary = await harness.replay();
    // Replayed stories are not skipped as duplicates: every stage ran again for both.
    expect(summary).toMatchObject({ duplicates: 0, documentsWritten: 4 });
    const after = await harness.documents();
    expect(after.map((d) => d.id).sort()).toEqual(before.map((d) => d.id).sort());
  });

  it('holds a story for an editor when its source policy says hold and its conformance claim is not backed', async () => {
    const registry = parseSourceRegistry({
      version: 1,
      sources: [{ source: 'strict-agency', publisher: 'Strict Agency', policy: 'hold', policyUrls: {} }],
    });
    harness = await startHarness({ registry });
    const summary = await harness.push([file(wireStory)], { source: 'strict-agency' });
    expect(summary).toMatchObject({ held: 1, documentsWritten: 0, deadLetters: [] });
    expect(await harness.documents()).toHaveLength(0);
    const [held, ...more] = await harness.keys('held/');
    expect(more).toHaveLength(0);
    const checked = JSON.parse((await harness.store.get(held!))!.toString('utf8')) as {
      trust: { action: string; flagged: boolean; warnings: string[] };
    };
    expect(checked.trust).toMatchObject({ action: 'hold', flagged: true });
    expect(checked.trust.warnings.join(' ')).toMatch(/not backed/u);

    // The same story from a source without a hold policy is written as usual.
    const other = await harness.push([file(wireStory)], { source: 'other-agency' });
    expect(other.documentsWritten).toBe(1);
  });

  it('sends bad input to the DLQ with its reason and original bytes, and keeps going', async () => {
    harness = await startHarness();
    const bad = [
      { name: 'empty.txt', bytes: new Uint8Array(), code: 'EMPTY_INPUT' },
      {
        name: 'bad-utf8.txt',
        bytes: Buffer.concat([
          Buffer.from('Headline\n\nText '),
          Buffer.from([0x81, 0x8d, 0x90]),
          Buffer.from(' more.'),
        ]),
        code: 'INVALID_UTF8',
      },
      { name: 'huge.txt', bytes: Buffer.alloc(20 * 1024 * 1024, 0x61), code: 'TOO_LARGE' },
      {
        name: 'image.png',
        bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
        code: 'BINARY_INPUT',
      },
      { name: 'weather.json', bytes: Buffer.from('{"temperature": 21, "unit": "C"}'), code: 'NOT_NINJS' },
      { name: 'page.html', bytes: Buffer.from('<html><body><p>x</p></body></html>'), code: 'UNKNOWN_FORMAT' },
    ];
    const summary = await harness.push([...bad, file(wireStory)]);
    expect(summary.documentsWritten).toBe(1);
    expect(summary.deadLetters.map((d) => [d.input, d.code]).sort()).toEqual(
      bad.map((b) => [b.name, b.code]).sort(),
    );

    const letters = await harness.deadLetters();
    expect(letters).toHaveLength(bad.length);
    for (const b of bad) {
      const letter = letters.find((l) => l.code === b.code)!;
      expect(letter.stage).toBe('normalizer');
      expect(letter.message.length).toBeGreaterThan(5);
      // The letter holds the RawStory message, whose payload is the original bytes.
      const raw = JSON.parse(Buffer.from(letter.original, 'base64').toString('utf8')) as {
        payload: string;
        payloadEncoding: 'utf8' | 'base64';
      };
      expect(Buffer.from(raw.payload, raw.payloadEncoding).equals(Buffer.from(b.bytes))).toBe(true);
    }
    // Embedded mode keeps dead letters in a dlq/ folder under the data directory.
    expect((await harness.keys('dlq/normalizer/')).length).toBe(bad.length);
  });

  it('replaces an older version with a newer one and withdraws every version on a kill', async () => {
    harness = await startHarness();
    const ninjs = (version: number, pubstatus: string, body: string) => ({
      name: `v${version}.json`,
      bytes: Buffer.from(
        JSON.stringify({
          uri: 'urn:newswire:test:versions',
          version: String(version),
          type: 'text',
          pubstatus,
          firstcreated: '2026-05-01T10:00:00Z',
          versioncreated: `2026-05-01T1${version}:00:00Z`,
          language: 'en',
          headlines: [{ role: 'main', value: `Flood warning, version ${version}` }],
          bodies: [{ role: 'main', contenttype: 'text/plain', value: body }],
        }),
      ),
    });
    await harness.push([ninjs(1, 'usable', 'Rivers rose in Bavaria on Monday.')]);
    await harness.push([ninjs(2, 'usable', 'Rivers rose further in Bavaria and Austria on Monday.')]);
    let [latest] = await harness.latest();
    expect(latest).toMatchObject({ version: 2, withdrawn: false, headline: 'Flood warning, version 2' });
    expect((await harness.documents()).map((d) => d.version).sort()).toEqual([1, 2]);

    await harness.push([ninjs(3, 'canceled', 'This story has been withdrawn.')]);
    [latest] = await harness.latest();
    expect(latest).toMatchObject({ version: 3, withdrawn: true });
    const all = await harness.documents();
    expect(all.map((d) => [d.version, d.withdrawn]).sort()).toEqual([
      [1, true],
      [2, true],
      [3, true],
    ]);
  });
});

describe('waiting for the pipeline to go idle', () => {
  it('names the group that is behind and each worker state when it gives up', async () => {
    const bus = createMemoryBus();
    const store = createMemoryStore();
    const dedup = createMemoryDedup();
    const service = createService({
      config: loadConfig({}),
      adapters: { bus, store, dedup, close: () => Promise.resolve() },
      logger: createLogger({ service: 'idle-test', level: 'silent' }),
      roles: serviceRoles,
    });
    // Nothing started: the normalizer's group can never catch up on what is pushed.
    const producer = await bus.producer();
    await pushStories(producer, [{ name: 'a.txt', bytes: Buffer.from('Headline\n\nBody.') }], {
      source: 'test',
    });
    const error = await waitForIdle(bus, service, { timeoutMs: 50, pollMs: 5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain('pipeline did not become idle in 50 ms');
    expect(message).toContain('newswire.normalizer has 1 unread on wire.raw');
    expect(message).toContain('newswire.archiver has 1 unread on wire.raw');
    expect(message).not.toContain('newswire.enricher has');
    expect(message).toContain('normalizer (newswire.normalizer): idle');
    await bus.close();
  });
});
