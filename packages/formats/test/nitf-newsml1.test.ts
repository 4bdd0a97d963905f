import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '@newswire/contracts';
import { corpusPath } from '@newswire/testkit';
import { parseBytes, parseCorpus, rejection } from './helpers.ts';

const edge = (f: string): string[] => ['nitf-edge-cases', 'test', 'fixtures', f];

describe('NITF edge cases (robustness)', () => {
  const files = readdirSync(corpusPath('nitf-edge-cases', 'test', 'fixtures')).filter((f) =>
    f.endsWith('.xml'),
  );

  it.each(files)('%s parses with headline and body, or is rejected with a reason', (f) => {
    try {
      const s = parseCorpus(edge(f));
      expect(s.headline.length).toBeGreaterThan(0);
      expect(s.paragraphs.length).toBeGreaterThan(0);
    } catch (e) {
      const err = rejection(() => {
        throw e;
      });
      expect([ErrorCode.EmptyBody, ErrorCode.UnknownFormat, ErrorCode.MalformedXml]).toContain(err.code);
    }
  });

  it('full metadata: doc-id, dates, urgency, byline without title, dateline, copyright, headlines', () => {
    const s = parseCorpus(edge('simple_article.xml'));
    expect(s.format).toBe('nitf');
    expect(s.id).toBe('article-2024-001');
    expect(s.headline).toBe('Revolutionary Technology Changes Industry');
    expect(s.headlines).toContainEqual({
      role: 'sub',
      value: 'Experts predict widespread adoption within five years',
    });
    expect(s.byline).toBe('By Jane Smith');
    expect(s.dateline).toBe('SAN FRANCISCO, Dec 15');
    expect(s.located).toEqual({ name: 'SAN FRANCISCO' });
    expect(s.firstcreated).toBe('2024-12-15T00:00:00Z');
    expect(s.urgency).toBe(4);
    expect(s.copyrightnotice).toBe('Copyright 2024 Example News Corp');
    expect(s.subjects.map((x) => x.name)).toEqual(expect.arrayContaining(['Technology', 'Business']));
    expect(s.paragraphs[2]).toContain('"This is a game-changer for the industry," said John Doe.');
  });

  it('bad dates and urgency become null instead of failing', () => {
    const s = parseCorpus(edge('bad_date.xml'));
    expect(s.firstcreated).toBeNull();
    expect(s.urgency).toBeNull();
    expect(s.paragraphs).toEqual(['Content with bad metadata.']);
  });

  it('inline markup is flattened, empty paragraphs dropped, line breaks split paragraphs', () => {
    expect(parseCorpus(edge('nested_entities.xml')).paragraphs[0]).toBe(
      'This paragraph has a John Doe with nested emphasis.',
    );
    expect(parseCorpus(edge('empty_paragraph.xml')).paragraphs).toEqual(['Real content here.']);
    expect(parseCorpus(edge('with_line_breaks.xml')).paragraphs.length).toBeGreaterThan(3);
  });

  it('an empty body or a head-only document is EMPTY_BODY; a non-NITF XML file is UNKNOWN_FORMAT', () => {
    expect(rejection(() => parseCorpus(edge('empty_body.xml'))).code).toBe(ErrorCode.EmptyBody);
    expect(rejection(() => parseCorpus(edge('head_only.xml'))).code).toBe(ErrorCode.EmptyBody);
    expect(rejection(() => parseCorpus(edge('invalid.xml'))).code).toBe(ErrorCode.UnknownFormat);
  });

  it('keeps non-Latin scripts intact', () => {
    const s = parseCorpus(edge('unicode_content.xml'));
    expect(s.headline).toBe('日本語のヘッドライン');
    expect(s.bodyText).toContain('Это русский текст');
  });

  it('tolerates a DOCTYPE (never loaded) and reads DTD character entities as plain characters', () => {
    const xml = `<?xml version="1.0"?>
<!DOCTYPE nitf SYSTEM "http://www.nitf.org/IPTC/NITF/3.5/specification/nitf-3-5.dtd">
<nitf><head><title>t</title><docdata><doc-id id-string="e-1"/><du-key version="3" key="k"/><date.issue norm="20240709T081500+0200"/>
<date.release norm="20240709T120000+0200"/></docdata><meta name="trust-indicator:best-practices" content="https://paper.example/standards"/></head>
<body><body.head><hedline><hl1>Prices&nbsp;rise &mdash; again</hl1></hedline></body.head>
<body.content><p>Prices rose 2&nbsp;% in June.</p><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","masthead":"https://paper.example/masthead"}</script></body.content></body></nitf>`;
    const s = parseBytes(xml);
    expect(s.headline).toBe('Prices rise — again');
    expect(s.version).toBe(3);
    expect(s.firstcreated).toBe('2024-07-09T08:15:00+02:00');
    expect(s.embargoed).toBe('2024-07-09T12:00:00+02:00');
    expect(s.paragraphs).toEqual(['Prices rose 2 % in June.']);
    expect(s.trust.indicators).toEqual([
      { role: 'trust-indicator:best-practices', href: 'https://paper.example/standards' },
    ]);
    expect(s.trust.jsonld).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        masthead: 'https://paper.example/masthead',
      },
    ]);
  });
});

describe('NewsML 1.2 (Business Wire)', () => {
  it('reads identification, revision, dates, language, lines and the body', () => {
    const s = parseCorpus(['iptc-ninjs', 'examples', 'NewsML', 'businesswire-newsml-20130605006126.xml']);
    expect(s.format).toBe('newsml-1');
    expect(s.uri).toBe('urn:newsml:businesswire.com:20010714:20130605006126');
    expect(s.id).toBe(s.uri);
    expect(s.version).toBe(1);
    expect(s.firstcreated).toBe('2013-06-05T21:00:00+00:00');
    expect(s.language).toBe('zh');
    expect(s.headline).toBe('Cambrios被Gartner評選為「最酷供應商」');
    expect(s.dateline).toBe('加州桑尼維爾');
    expect(s.slugline).toBe('CA-CAMBRIOS-TECHNOLOGIES');
    expect(s.copyrightnotice).toBe('Copyright Business Wire 2013');
    expect(s.genres).toContainEqual({ name: 'Release', scheme: 'Genre' });
    // The logo, contact and stylesheet components are not body text.
    expect(s.bodyText).not.toContain('bwalignc');
    expect(s.paragraphs.length).toBeGreaterThan(10);
  });

  it('a later RevisionId is a newer version of the same story; Status Canceled is a kill', () => {
    const xml = `<NewsML Version="1.2"><NewsItem><Identification><NewsIdentifier><ProviderId>example.com</ProviderId><DateId>20240709</DateId><NewsItemId>42</NewsItemId><RevisionId PreviousRevision="2" Update="N">3</RevisionId><PublicIdentifier>urn:newsml:example.com:20240709:42:3</PublicIdentifier></NewsIdentifier></Identification>
<NewsManagement><NewsItemType FormalName="News"/><FirstCreated>20240709T080000Z</FirstCreated><ThisRevisionCreated>20240709T093000+0200</ThisRevisionCreated><Status FormalName="Canceled"/><Urgency FormalName="2"/></NewsManagement>
<NewsComponent><NewsLines><HeadLine>Withdrawn: wrong figures</HeadLine><ByLine>By A. Writer</ByLine></NewsLines><ContentItem><MimeType FormalName="text/plain"/><DataContent>Please withdraw the story.</DataContent></ContentItem></NewsComponent></NewsItem></NewsML>`;
    const s = parseBytes(xml);
    expect(s.uri).toBe('urn:newsml:example.com:20240709:42');
    expect(s.version).toBe(3);
    expect(s.pubstatus).toBe('canceled');
    expect(s.urgency).toBe(2);
    expect(s.versioncreated).toBe('2024-07-09T09:30:00+02:00');
    expect(s.byline).toBe('By A. Writer');
    expect(s.paragraphs).toEqual(['Please withdraw the story.']);
  });
});
