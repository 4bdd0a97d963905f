import { describe, expect, it } from 'vitest';
import { ErrorCode, NormalizedStory } from '@newswire/contracts';
import { DEFAULT_MAX_STORY_BYTES, detectFormat } from '../src/index.ts';
import { parseBytes, parseCorpus, rejection } from './helpers.ts';

describe('plain-text wire copy: the EFE Bali story', () => {
  const story = parseCorpus(['wire-text', 'efe-bali-blinken-wang.txt']);

  it('is read as plain text, identified by the raw id', () => {
    expect(story.format).toBe('text');
    expect(story.id).toBe('raw-0001');
    expect(story.version).toBe(1);
    expect(story.language).toBe('en');
    expect(() => NormalizedStory.parse(story)).not.toThrow();
  });

  it('derives the headline from the lead: first sentence, <= 120 chars, cut at a word boundary', () => {
    expect(story.headline.length).toBeLessThanOrEqual(120);
    expect(story.headline.startsWith('The Secretary of State of the United States, Antony Blinken')).toBe(
      true,
    );
    expect(story.paragraphs[0]!.startsWith(story.headline)).toBe(true);
    const next = story.paragraphs[0]!.charAt(story.headline.length);
    expect([' ', ',']).toContain(next);
    expect(story.headlines.every((h) => h.role === 'derived')).toBe(true);
  });

  it('keeps one paragraph per line, curly quotes untouched', () => {
    expect(story.paragraphs).toHaveLength(11);
    expect(story.paragraphs[0]).toContain('“concerned about the alignment of China with Russia”');
    expect(story.paragraphs[2]!.startsWith('“Beijing says that it is neutral')).toBe(true);
    expect(story.bodyText).toBe(story.paragraphs.join('\n\n'));
  });

  it('moves the Trust Project line into trust labels, out of the body', () => {
    expect(story.trust.labels).toEqual(['Conforms to The Trust Project criteria']);
    expect(story.bodyText).not.toContain('Trust Project');
    expect(story.paragraphs.at(-1)).toContain('added the US diplomat');
  });
});

describe('plain-text paragraphs and headlines', () => {
  it('joins hard-wrapped lines inside blank-line separated blocks', () => {
    const s = parseBytes(
      'Storm closes ports along the coast\n\nHeavy winds closed three ports on\nTuesday, officials said.\n\nShips were told to\nwait offshore.\n',
    );
    expect(s.headline).toBe('Storm closes ports along the coast');
    expect(s.headlines).toEqual([{ role: 'main', value: 'Storm closes ports along the coast' }]);
    expect(s.paragraphs).toEqual([
      'Heavy winds closed three ports on Tuesday, officials said.',
      'Ships were told to wait offshore.',
    ]);
  });

  it('recognises a dateline with an all-capitals place', () => {
    const s = parseBytes(
      'Minister resigns\n\nMADRID (EFE) — The minister resigned on Monday.\n\nMore follows.',
    );
    expect(s.dateline).toBe('MADRID (EFE)');
    expect(s.located).toEqual({ name: 'Madrid' });
  });

  it('trims a long first sentence to 120 characters at a word boundary', () => {
    const lead = `${'word '.repeat(40).trim()} end.`;
    const s = parseBytes(lead);
    expect(s.headline.length).toBeLessThanOrEqual(120);
    expect(s.headline.endsWith('word')).toBe(true);
  });

  it('normalizes to NFC and strips control characters', () => {
    const s = parseBytes('Cafe\u0301 opens\n\nThe cafe\u0301\u0007 opened \u201ctoday\u201d.\n\nMore.');
    expect(s.headline).toBe('Café opens');
    expect(s.paragraphs[0]).toBe('The café opened “today”.');
  });
});

describe('foundation bad input', () => {
  it('empty input -> EMPTY_INPUT', () => {
    expect(rejection(() => parseBytes(new Uint8Array())).code).toBe(ErrorCode.EmptyInput);
    expect(rejection(() => parseBytes('  \n\t ')).code).toBe(ErrorCode.EmptyInput);
  });

  it('invalid UTF-8 that is no plausible legacy charset -> INVALID_UTF8', () => {
    const bytes = new Uint8Array([
      ...Buffer.from('Headline\n\nText '),
      0x81,
      0x8d,
      0x90,
      ...Buffer.from(' more text.'),
    ]);
    const e = rejection(() => parseBytes(bytes));
    expect(e.code).toBe(ErrorCode.InvalidUtf8);
    expect(e.retryable).toBe(false);
  });

  it('a 20 MB file -> TOO_LARGE, with the default limit exported as 4 MiB and overridable', () => {
    expect(DEFAULT_MAX_STORY_BYTES).toBe(4 * 1024 * 1024);
    const big = new Uint8Array(20 * 1024 * 1024).fill(0x61);
    expect(rejection(() => parseBytes(big)).code).toBe(ErrorCode.TooLarge);
    expect(rejection(() => parseBytes('Short story body.', 'text', 5)).code).toBe(ErrorCode.TooLarge);
  });

  it('binary data -> BINARY_INPUT', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(rejection(() => parseBytes(png)).code).toBe(ErrorCode.BinaryInput);
  });

  it('JSON that is not ninjs -> NOT_NINJS', () => {
    expect(rejection(() => parseBytes('{"temperature": 21, "unit": "C"}')).code).toBe(ErrorCode.NotNinjs);
    expect(rejection(() => parseBytes('[1, 2, 3]')).code).toBe(ErrorCode.NotNinjs);
    expect(rejection(() => parseBytes('{"uri": "x", ')).code).toBe(ErrorCode.NotNinjs);
  });

  it('unrecognisable content or an unknown --format name -> UNKNOWN_FORMAT', () => {
    expect(detectFormat(new TextEncoder().encode('<html><body>x</body></html>'))).toBeNull();
    expect(rejection(() => parseBytes('<html><body><p>x</p></body></html>')).code).toBe(
      ErrorCode.UnknownFormat,
    );
    const e = rejection(() => parseBytes('Some text.', 'rtf' as never));
    expect(e.code).toBe(ErrorCode.UnknownFormat);
    expect(e.message).toContain('rtf');
  });
});

describe('derived headlines', () => {
  it('leave the dateline out', () => {
    const s = parseBytes(
      'ROTTERDAM, Netherlands, March 3 (Newswire) -- Dock workers walked off the job on Tuesday. Talks had failed.\nThe port was closed.',
    );
    expect(s.headline).toBe('Dock workers walked off the job on Tuesday.');
    expect(s.dateline).toBe('ROTTERDAM, Netherlands, March 3 (Newswire)');
    expect(s.paragraphs[0]!.startsWith('ROTTERDAM, Netherlands, March 3 (Newswire) -- Dock workers')).toBe(
      true,
    );
  });
});
