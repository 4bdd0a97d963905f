import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '@newswire/contracts';
import { corpusPath } from '@newswire/testkit';
import { validateNinjs } from '../src/index.ts';
import { corpusBytes, parseBytes, parseCorpus, rejection } from './helpers.ts';

const examples = corpusPath('iptc-ninjs', 'examples');
const exampleFiles = ['1.4', '2.1', '3.0']
  .flatMap((v) =>
    readdirSync(path.join(examples, v))
      .filter((f) => f.endsWith('.json'))
      .map((f) => `${v}/${f}`),
  )
  .concat(
    readdirSync(path.join(examples, '2.1', 'schema-extension'))
      .filter((f) => f.includes('example'))
      .map((f) => `2.1/schema-extension/${f}`),
  );

describe('ninjs examples (1.4, 2.1, 3.0)', () => {
  it('finds the examples', () => {
    expect(exampleFiles.length).toBeGreaterThanOrEqual(40);
  });

  it.each(exampleFiles)('%s parses with a headline and a body', (file) => {
    const s = parseCorpus(['iptc-ninjs', 'examples', ...file.split('/')]);
    expect(s.format).toBe('ninjs');
    expect(s.headline.length).toBeGreaterThan(0);
    expect(s.paragraphs.length).toBeGreaterThan(0);
    expect(s.bodyText).toBe(s.paragraphs.join('\n\n'));
    expect(s.id).not.toMatch(/[\s/\\]/u);
  });

  it('parses each document of the 3.0 event timeline collection on its own', () => {
    const docs = JSON.parse(
      readFileSync(
        corpusPath('iptc-ninjs', 'examples', '3.0', 'collection', '20231016-event-timeline-sample.json'),
        'utf8',
      ),
    ) as unknown[];
    expect(docs.length).toBeGreaterThan(1);
    for (const d of docs) expect(parseBytes(JSON.stringify(d)).headline.length).toBeGreaterThan(0);
    // The array itself is not one story.
    expect(
      rejection(() =>
        parseCorpus(['iptc-ninjs', 'examples', '3.0', 'collection', '20231016-event-timeline-sample.json']),
      ).code,
    ).toBe(ErrorCode.NotNinjs);
  });

  it('reads ninjs 2.x fields: dpa text', () => {
    const s = parseCorpus(['iptc-ninjs', 'examples', '2.1', 'dpa_text.json']);
    expect(s.uri).toBe('urn:newsml:dpa.com:20090101:190510-99-167362');
    expect(s.id).toBe('urn:newsml:dpa.com:20090101:190510-99-167362');
    expect(s.version).toBe(2);
    expect(s.language).toBe('de');
    expect(s.headline).toBe('Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?');
    expect(s.versioncreated).toBe('2019-05-10T16:02:28+02:00');
    expect(s.pubstatus).toBe('usable');
    expect(s.paragraphs[0]).toContain('«der größte Skandal im Fußball seit Jahren»');
    expect(s.copyrightnotice).not.toBeNull();
  });

  it('reads ninjs 3.x camelCase fields like their 2.x names', () => {
    const v2 = parseCorpus(['iptc-ninjs', 'examples', '2.1', 'ntb_text.json']);
    const v3 = parseCorpus(['iptc-ninjs', 'examples', '3.0', 'ntb_text.json']);
    expect(v3.version).toBe(6);
    expect(v3.language).toBe('nb-NO');
    for (const k of [
      'headline',
      'bodyText',
      'version',
      'versioncreated',
      'firstcreated',
      'urgency',
      'slugline',
      'byline',
    ] as const) {
      expect(v3[k]).toEqual(v2[k]);
    }
  });

  it('maps a URI id to a SafeId and keeps the original in uri', () => {
    const s = parseCorpus(['iptc-ninjs', 'examples', '2.1', 'ninjsExSimpleText_2.json']);
    expect(s.uri).toBe('http://ninjs.example.com/newsitems/20130709simp123');
    expect(s.id).toBe('http:%2F%2Fninjs.example.com%2Fnewsitems%2F20130709simp123');
  });

  it("takes pictures' captions as their body (not the credit line)", () => {
    const s = parseCorpus(['iptc-ninjs', 'examples', '2.1', 'ap_image.json']);
    expect(s.paragraphs[0]!.startsWith('FILE - In this Monday')).toBe(true);
  });

  it('reads a NITF body carried inside ninjs 3.0 with the safe XML parser', () => {
    const s = parseCorpus([
      'iptc-ninjs',
      'examples',
      '3.0',
      '20231008-anti-doping-measures-at-the-tour-down-under-will-be-the-toughest-ever-addb-ninjs-nitf.json',
    ]);
    expect(s.bodyText).not.toContain('<nitf');
    expect(s.paragraphs.length).toBeGreaterThan(3);
  });

  it('keeps trustindicators as trust indicators', () => {
    const s = parseCorpus([
      'iptc-ninjs',
      'validation',
      'test_suite',
      '2.1',
      'should_pass',
      '007_trust_indicator.json',
    ]);
    expect(s.trust.indicators).toContainEqual({
      role: 'http://cv.iptc.org/newscodes/trustindicator/editorialPolicy',
      title: "The BBC's Editorial Standards",
      href: 'https://www.bbc.com/editorialguidelines/guidelines/editorial-standards',
    });
  });

  it('collects schema.org JSON-LD from body_html and from an extension property, keeping invalid JSON verbatim', () => {
    const doc = {
      uri: 'urn:test:jsonld',
      headline: 'Council approves budget',
      body_html:
        '<p>The council approved the budget.</p><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","publishingPrinciples":"https://example.org/ethics"}</script><p>Vote was 7-2.</p>',
      'x-schemaorg': { '@context': 'https://schema.org', '@type': 'Organization', name: 'Example News' },
      'x-broken': '{"@context": "https://schema.org", "@type": ',
    };
    const s = parseBytes(JSON.stringify(doc));
    expect(s.paragraphs).toEqual(['The council approved the budget.', 'Vote was 7-2.']);
    expect(s.trust.jsonld).toContainEqual(
      expect.objectContaining({ '@type': 'NewsArticle', publishingPrinciples: 'https://example.org/ethics' }),
    );
    expect(s.trust.jsonld).toContainEqual(expect.objectContaining({ '@type': 'Organization' }));
    expect(s.trust.jsonld).toContain('{"@context": "https://schema.org", "@type":');
  });

  it('reads version, pubstatus (a kill), embargo and urgency', () => {
    const s = parseBytes(
      JSON.stringify({
        uri: 'urn:x:1',
        version: '4',
        pubstatus: 'canceled',
        embargoed: '2024-07-10T06:00:00+02:00',
        urgency: 2,
        headline: 'Killed story',
        body_text: 'Do not use.',
      }),
    );
    expect(s.version).toBe(4);
    expect(s.pubstatus).toBe('canceled');
    expect(s.embargoed).toBe('2024-07-10T06:00:00+02:00');
    expect(s.urgency).toBe(2);
  });

  it('never throws for a bad date: it becomes null', () => {
    const s = parseBytes(
      JSON.stringify({
        uri: 'urn:x:2',
        headline: 'h',
        body_text: 'b',
        versioncreated: 'yesterday-ish',
        firstcreated: '2024-02-30T10:00:00Z',
      }),
    );
    expect(s.versioncreated).toBeNull();
    expect(s.firstcreated).toBeNull();
  });

  it('rejects a ninjs document with wrong types (INVALID_NINJS) with the field named', () => {
    const e = rejection(() => parseBytes(JSON.stringify({ uri: 'urn:x:3', headline: 42, body_text: ['a'] })));
    expect(e.code).toBe(ErrorCode.InvalidNinjs);
    expect(e.message).toContain("'headline' must be a string");
    expect(e.message).toContain("'body_text' must be a string");
    expect(
      rejection(() => parseBytes(JSON.stringify({ uri: 'urn:x:4', headlines: [{ value: 7 }] }))).code,
    ).toBe(ErrorCode.InvalidNinjs);
  });
});

describe('ninjs validation test suite agrees with our schema validation', () => {
  const suite = corpusPath('iptc-ninjs', 'validation', 'test_suite');
  const cases = readdirSync(suite)
    .filter((v) => existsSync(path.join(suite, v, 'should_pass')))
    .flatMap((v) =>
      (['should_pass', 'should_fail'] as const).flatMap((kind) => {
        const dir = path.join(suite, v, kind);
        return existsSync(dir) ? readdirSync(dir).map((f) => ({ v, kind, f, file: path.join(dir, f) })) : [];
      }),
    );

  it('covers every schema version in the suite', () => {
    expect(new Set(cases.map((c) => c.v)).size).toBeGreaterThanOrEqual(14);
    expect(cases.length).toBeGreaterThan(150);
  });

  it.each(cases.map((c) => [`${c.v}/${c.kind}/${c.f}`, c] as const))('%s', (_, c) => {
    let valid: boolean;
    try {
      valid = validateNinjs(JSON.parse(readFileSync(c.file, 'utf8')), c.v).valid;
    } catch (e) {
      // A few should_fail cases are not even JSON: that is a failure too.
      if (!(e instanceof SyntaxError)) throw e;
      valid = false;
    }
    expect(valid).toBe(c.kind === 'should_pass');
  });
});

describe('Business Wire: NewsML 1.2 originals and their ninjs conversions', () => {
  const ids = readdirSync(corpusPath('iptc-ninjs', 'examples', 'NewsML')).map((f) =>
    f.replace(/\.xml$/u, ''),
  );

  it.each(ids)('%s normalizes to the same headline and body', (id) => {
    const original = parseCorpus(['iptc-ninjs', 'examples', 'NewsML', `${id}.xml`]);
    expect(original.format).toBe('newsml-1');
    const conversions = ['1.4', '2.1', '3.0'].filter((v) => existsSync(path.join(examples, v, `${id}.json`)));
    expect(conversions.length).toBeGreaterThan(0);
    for (const v of conversions) {
      const ninjs = parseBytes(corpusBytes('iptc-ninjs', 'examples', v, `${id}.json`));
      expect(ninjs.headline).toBe(original.headline);
      // The conversions carry the release's opening paragraphs only: they must match the original's.
      expect(ninjs.paragraphs.length).toBeGreaterThan(0);
      expect(original.paragraphs.slice(0, ninjs.paragraphs.length)).toEqual(ninjs.paragraphs);
    }
  });
});
