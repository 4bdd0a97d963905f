import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '@newswire/contracts';
import { corpusPath } from '@newswire/testkit';
import { detectFormat } from '../src/index.ts';
import { corpusBytes, parseBytes, parseCorpus, rejection } from './helpers.ts';

const dir = corpusPath('iptc-newsml-g2', 'examples');
const listings = readdirSync(dir).filter((f) => f.startsWith('LISTING_') && f.endsWith('.xml'));
const listing = (n: string): string => {
  const f = listings.find((l) => l.startsWith(`LISTING_${n}_`));
  if (!f) throw new Error(`listing ${n} missing`);
  return f;
};
const rootOf = (f: string): string =>
  /<(newsItem|newsMessage|conceptItem|knowledgeItem|planningItem|catalogItem|packageItem|groupSet|contentMeta|contentSet)\b/u.exec(
    readFileSync(`${dir}/${f}`, 'utf8'),
  )?.[1] ?? '?';

// Items that are newsItems but carry no story: a hop-history demo (metadata only), an events
// container without headline or text, and a news message whose items are "....." placeholders.
const CONTENTLESS = new Set(['16', '24', '29']);
const numberOf = (f: string): string => /^LISTING_(\w+?)_/u.exec(f)![1]!;

describe('NewsML-G2 guideline listings', () => {
  const newsItems = listings.filter((f) => rootOf(f) === 'newsItem' && !CONTENTLESS.has(numberOf(f)));
  const nonNews = listings.filter((f) =>
    [
      'conceptItem',
      'knowledgeItem',
      'planningItem',
      'catalogItem',
      'packageItem',
      'groupSet',
      'contentMeta',
    ].includes(rootOf(f)),
  );

  it('has the listings', () => {
    expect(listings.length).toBeGreaterThanOrEqual(29);
    expect(newsItems.length).toBeGreaterThanOrEqual(9);
    expect(nonNews.length).toBeGreaterThanOrEqual(12);
  });

  it.each(newsItems)('news item %s parses with id, version, headline and body', (f) => {
    const s = parseCorpus(['iptc-newsml-g2', 'examples', f]);
    expect(s.format).toBe('newsml-g2');
    expect(s.uri).toMatch(/^(urn|tag):/u);
    expect(s.version).toBeGreaterThanOrEqual(1);
    expect(s.headline.length).toBeGreaterThan(0);
    expect(s.paragraphs.length).toBeGreaterThan(0);
  });

  it.each(nonNews)('%s is rejected as not a news item', (f) => {
    const e = rejection(() => parseCorpus(['iptc-newsml-g2', 'examples', f]));
    expect(e.code).toBe(ErrorCode.NotNewsItem);
    expect(e.message).toMatch(/^not a news item: NewsML-G2 <\w+> is /u);
  });

  it.each([...CONTENTLESS])(
    'listing %s (a newsItem with no headline or text) is rejected with a reason',
    (n) => {
      const e = rejection(() => parseCorpus(['iptc-newsml-g2', 'examples', listing(n)]));
      expect(e.code).toBe(ErrorCode.EmptyBody);
      expect(e.message).toContain('no body text');
    },
  );

  it('listing 2: text document with NITF inline, all metadata', () => {
    const s = parseCorpus(['iptc-newsml-g2', 'examples', listing('2')]);
    expect(s.id).toBe('urn:newsml:acmenews.com:20161121:US-FINANCE-FED');
    expect(s.version).toBe(11);
    expect(s.headline).toBe('Fed to halt QE to avert "bubble"');
    expect(s.slugline).toBe('US-Finance-Fed');
    expect(s.byline).toBe('By Meredith Jameson');
    expect(s.located).toEqual({ name: 'New York, NY' });
    expect(s.language).toBe('en-US');
    expect(s.versioncreated).toBe('2018-11-21T16:25:32-05:00');
    expect(s.firstcreated).toBe('2016-11-21T15:21:06-05:00');
    expect(s.pubstatus).toBe('usable');
    expect(s.copyrightnotice).toBe('Copyright 2017-18 Acme News and Media LLC');
    expect(s.subjects).toContainEqual({ name: 'central bank', code: '20000350', scheme: 'medtop' });
    expect(s.paragraphs).toHaveLength(2);
    expect(
      s.paragraphs[0]!.startsWith('(New York, NY - October 21) Et, sent luptat luptat, commy Nim zzriureet'),
    ).toBe(true);
  });

  it('listing 22: the NITF sports story inside, with its summary kept out of the body', () => {
    const s = parseCorpus(['iptc-newsml-g2', 'examples', listing('22')]);
    expect(s.headline.startsWith('Preview: Arizona Diamondbacks (29-23) at Philadelphia Phillies')).toBe(
      true,
    );
    expect(s.paragraphs.length).toBeGreaterThan(1);
    expect(s.urgency === null || (s.urgency >= 1 && s.urgency <= 9)).toBe(true);
  });

  it('listing 25: a contentSet fragment carrying NITF is read as NITF', () => {
    const bytes = corpusBytes('iptc-newsml-g2', 'examples', listing('25'));
    expect(detectFormat(bytes)).toBe('nitf');
    const s = parseBytes(bytes);
    expect(s.format).toBe('nitf');
    expect(s.headline.startsWith('Arizona Diamondbacks (29-23) at Philadelphia Phillies')).toBe(true);
    expect(s.paragraphs[0]!.startsWith('(Sports Network) - With the Philadelphia Phillies')).toBe(true);
  });

  it('the NITF inside listings 2 and 22 parses on its own as NITF too', () => {
    for (const n of ['2', '22']) {
      const xml = readFileSync(`${dir}/${listing(n)}`, 'utf8');
      const nitf = /<nitf[\s\S]*<\/nitf>/u.exec(xml)![0];
      const s = parseBytes(`<?xml version="1.0" encoding="UTF-8"?>\n${nitf}`);
      expect(s.format).toBe('nitf');
      expect(s.paragraphs.length).toBeGreaterThan(0);
      expect(s.headline.length).toBeGreaterThan(0);
    }
  });

  it('photos and video take their caption or description as body', () => {
    const photo = parseCorpus(['iptc-newsml-g2', 'examples', listing('3')]);
    expect(photo.paragraphs[0]!.startsWith('A general view of part of downtown')).toBe(true);
  });

  it('a headline-only item (a flash) has its headline as body', () => {
    const s = parseCorpus(['iptc-newsml-g2', 'examples', listing('1')]);
    expect(s.paragraphs).toEqual([s.headline]);
  });

  it('reads an ISO-8859-1 declared file as Latin-1', () => {
    const xml = `<?xml version="1.0" encoding="ISO-8859-1"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:test:latin1" version="2" standard="NewsML-G2" standardversion="2.29">
 <itemMeta><itemClass qcode="ninat:text"/><versionCreated>2024-07-09T08:00:00+02:00</versionCreated><pubStatus qcode="stat:usable"/></itemMeta>
 <contentMeta><language tag="es"/><headline>Año récord para el café</headline></contentMeta>
 <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body><p>La cosecha creció un 12 %, según «la federación».</p></body></html></inlineXML></contentSet>
</newsItem>`;
    const s = parseBytes(new Uint8Array(Buffer.from(xml, 'latin1')));
    expect(s.headline).toBe('Año récord para el café');
    expect(s.paragraphs).toEqual(['La cosecha creció un 12 %, según «la federación».']);
    expect(s.language).toBe('es');
    expect(s.version).toBe(2);
  });
});

describe('versions and kills (NewsML-G2)', () => {
  const base = readFileSync(`${dir}/${listing('2')}`, 'utf8');

  it('a newer version keeps the id and raises the version', () => {
    const v11 = parseBytes(base);
    const v12 = parseBytes(base.replace('version="11"', 'version="12"'));
    expect(v12.id).toBe(v11.id);
    expect(v12.version).toBe(12);
  });

  it('pubStatus canceled is a kill; withheld is withheld', () => {
    expect(parseBytes(base.replace('stat:usable', 'stat:canceled')).pubstatus).toBe('canceled');
    expect(parseBytes(base.replace('stat:usable', 'stat:withheld')).pubstatus).toBe('withheld');
  });

  it('keeps embargo and trust-indicator links from itemMeta', () => {
    const xml = base.replace(
      '<pubStatus qcode="stat:usable" />',
      '<pubStatus qcode="stat:usable" /><embargoed>2018-11-22T06:00:00-05:00</embargoed><link rel="trust:bestPractices" href="https://acmenews.example/ethics" title="Ethics policy"/>',
    );
    const s = parseBytes(xml);
    expect(s.embargoed).toBe('2018-11-22T06:00:00-05:00');
    expect(s.trust.indicators).toEqual([
      { role: 'trust:bestPractices', href: 'https://acmenews.example/ethics', title: 'Ethics policy' },
    ]);
  });
});

describe('NewsML-G2 unit-test files', () => {
  const root = corpusPath('iptc-newsml-g2', 'tests', 'unit_test_files');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.xml'));

  it('every file either parses with a headline and body or is rejected with a reason', () => {
    expect(files.length).toBeGreaterThan(100);
    let parsed = 0;
    for (const f of files) {
      try {
        const s = parseBytes(new Uint8Array(readFileSync(`${root}/${f}`)));
        expect(s.headline.length).toBeGreaterThan(0);
        expect(s.paragraphs.length).toBeGreaterThan(0);
        parsed += 1;
      } catch (e) {
        const err = rejection(() => {
          throw e;
        });
        expect(err.message.length).toBeGreaterThan(10);
        expect(err.code).not.toBe(ErrorCode.Internal);
      }
    }
    // Most are schema tests of metadata only (no headline, no text); those with a story parse.
    expect(parsed).toBeGreaterThanOrEqual(5);
  });
});
