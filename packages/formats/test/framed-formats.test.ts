import { describe, expect, it } from 'vitest';
import { ErrorCode } from '@newswire/contracts';
import { detectFormat } from '../src/index.ts';
import { anpaMessage, iptc7901Message } from './fixtures/wire-fixtures.ts';
import { parseBytes, rejection } from './helpers.ts';

describe('ANPA 1312', () => {
  const s = parseBytes(anpaMessage());

  it('is detected by its SYN/SOH heading', () => {
    expect(detectFormat(anpaMessage())).toBe('anpa1312');
    expect(s.format).toBe('anpa1312');
  });

  it('reads the heading: priority -> urgency, category -> subject, slug, story number', () => {
    expect(s.urgency).toBe(3);
    expect(s.subjects).toEqual([{ code: 'i', name: 'international', scheme: 'anpa-category' }]);
    expect(s.slugline).toBe('BC-EU-Fisheries');
    expect(s.altids).toContainEqual({ role: 'anpa-story-number', value: 'a0417' });
    expect(s.id).toBe('anpa1312:EU-Fisheries:07-09');
  });

  it('reads caret headline and byline lines, indented paragraphs with hard wraps joined', () => {
    expect(s.headline).toBe('EU ministers agree deeper cuts to North Sea cod quota');
    expect(s.byline).toBe('By MARÍA GÓMEZ, Associated Press Writer');
    expect(s.paragraphs).toHaveLength(3);
    expect(s.paragraphs[0]).toBe(
      "BRUSSELS (AP) — European Union fisheries ministers agreed early Tuesday to cut next year's North Sea cod quota by 12 percent, after a night of talks that the Danish minister called “the hardest in a decade.”",
    );
    expect(s.dateline).toBe('BRUSSELS (AP)');
    expect(s.located).toEqual({ name: 'Brussels' });
  });

  it('decodes Latin-1 bytes (accents, curly quotes, euro sign) and strips the framing', () => {
    expect(s.bodyText).toContain('José Núñez');
    expect(s.bodyText).toContain('Jürgen Möller');
    expect(s.bodyText).toContain('7.40 € a kilo');
    // eslint-disable-next-line no-control-regex -- asserting control characters are gone
    expect(s.bodyText).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/u);
    expect(s.bodyText).not.toContain('AP-NY');
  });

  it('takes the filing time from the trailer, with its zone', () => {
    expect(s.versioncreated).toBe('2024-07-09T04:12:00-04:00');
  });

  it('UTF-8 bytes give the same story', () => {
    expect(parseBytes(anpaMessage({ encoding: 'utf-8' })).paragraphs).toEqual(s.paragraphs);
  });

  it('a writethru is a newer version of the same id; a KILL is canceled', () => {
    const wt = parseBytes(anpaMessage({ slugNote: '1st Ld-Writethru', storyNumber: '0533' }));
    expect(wt.id).toBe(s.id);
    expect(wt.version).toBe(2);
    const kill = parseBytes(anpaMessage({ slugNote: 'KILL', storyNumber: '0601' }));
    expect(kill.id).toBe(s.id);
    expect(kill.pubstatus).toBe('canceled');
  });

  it('a message cut before ETX still parses; a trust label at the end is metadata', () => {
    expect(parseBytes(anpaMessage({ truncate: true })).paragraphs).toEqual(s.paragraphs);
    const t = parseBytes(anpaMessage({ trustLabel: true }));
    expect(t.trust.labels).toEqual(['Conforms to The Trust Project criteria']);
    expect(t.paragraphs).toEqual(s.paragraphs);
  });

  it('a --format override that does not fit is refused', () => {
    expect(rejection(() => parseBytes(anpaMessage({ encoding: 'utf-8' }), 'ninjs')).code).toBe(
      ErrorCode.NotNinjs,
    );
    // JSON must be UTF-8: Latin-1 bytes forced to ninjs are an encoding error.
    expect(rejection(() => parseBytes(anpaMessage(), 'ninjs')).code).toBe(ErrorCode.InvalidUtf8);
  });
});

describe('IPTC 7901', () => {
  const s = parseBytes(iptc7901Message());

  it('is detected by its heading (source, number, priority digit, category, word count)', () => {
    expect(detectFormat(iptc7901Message())).toBe('iptc7901');
    expect(s.format).toBe('iptc7901');
    expect(parseBytes(iptc7901Message(), 'iptc7901').bodyText).toBe(s.bodyText);
  });

  it('reads keyword, headline, priority, category and the date-time group', () => {
    expect(s.slugline).toBe('Indonesien/USA/China/Diplomatie');
    expect(s.headline).toBe('Blinken wirbt in Bali für offene Kanäle nach Peking');
    expect(s.urgency).toBe(4);
    expect(s.subjects).toEqual([{ code: 'pl', scheme: 'iptc7901-category' }]);
    expect(s.versioncreated).toBe('2022-07-09T15:32:00Z');
    expect(s.id).toBe('iptc7901:dpa:Indonesien%2FUSA%2FChina%2FDiplomatie:2022-07-09');
    expect(s.uri).toBe('iptc7901:dpa:Indonesien/USA/China/Diplomatie:2022-07-09');
  });

  it('reads indented paragraphs, Latin-1 text and German quotes, without the NNNN end mark', () => {
    expect(s.paragraphs).toHaveLength(3);
    expect(s.paragraphs[0]).toContain('„nützlichen und konstruktiven“ Gesprächen gesprochen.');
    expect(s.dateline).toBe('Nusa Dua (dpa)');
    expect(s.located).toEqual({ name: 'Nusa Dua' });
    expect(s.bodyText).not.toContain('NNNN');
  });

  it('UTF-8 and a truncated message give the same paragraphs', () => {
    expect(parseBytes(iptc7901Message({ encoding: 'utf-8', truncate: true })).paragraphs).toEqual(
      s.paragraphs,
    );
  });
});
