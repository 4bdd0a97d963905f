// NormalizedStory (+ enrichment and trust report) -> an IPTC ninjs 2.1 document. Entities become
// people/organisations/places, quotes go under the extension property, and trust indicators that
// are present with a web evidence link become `trustindicators`.
import type { Entity, NormalizedStory, Quote, TrustReport } from '@newswire/contracts';
import { trustIndicatorsForNinjs } from '@newswire/trust';
import { NINJS_QUOTES_PROPERTY } from './validate-ninjs.ts';

/** Role URI for a Trust Project indicator in ninjs `trustindicators` (the schema wants a URI). */
export const TRUST_INDICATOR_ROLE_BASE = 'https://thetrustproject.org/trust-indicators#';

const isUri = (s: string): boolean => /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/u.test(s);

const qcode = (q: NormalizedStory['subjects'][number]): Record<string, string> => {
  const o: Record<string, string> = {};
  if (q.name) o['name'] = q.name;
  if (q.uri && isUri(q.uri)) o['uri'] = q.uri;
  const literal = [q.scheme, q.code].filter(Boolean).join(':');
  if (literal) o['literal'] = literal;
  return o;
};

export const toNinjs = (doc: {
  story: NormalizedStory;
  entities?: Entity[];
  quotes?: Quote[];
  trust?: TrustReport;
}): Record<string, unknown> => {
  const { story } = doc;
  const out: Record<string, unknown> = {
    uri: isUri(story.uri)
      ? story.uri
      : `urn:newswire:${encodeURIComponent(story.source)}:${encodeURIComponent(story.id)}`,
    standard: {
      name: 'ninjs',
      version: '2.1',
      schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json',
    },
    type: 'text',
    version: String(story.version),
    pubstatus: story.pubstatus,
    language: story.language,
    headlines: [
      { role: 'main', value: story.headline },
      ...story.headlines
        .filter((h) => h.value !== story.headline)
        .map((h) => ({ role: h.role, value: h.value })),
    ],
    bodies: [
      { role: 'main', contenttype: 'text/plain', charcount: story.bodyText.length, value: story.bodyText },
    ],
  };
  if (story.versioncreated) out['versioncreated'] = story.versioncreated;
  if (story.firstcreated) out['firstcreated'] = story.firstcreated;
  if (story.embargoed) out['embargoed'] = story.embargoed;
  if (story.urgency !== null) out['urgency'] = story.urgency;
  if (story.byline) out['by'] = story.byline;
  if (story.slugline) out['slugline'] = story.slugline;
  if (story.located) out['located'] = story.located.name;
  if (story.copyrightnotice) out['copyrightnotice'] = story.copyrightnotice;
  if (story.usageterms) out['usageterms'] = story.usageterms;
  if (story.subjects.length > 0) out['subjects'] = story.subjects.map(qcode);
  if (story.genres.length > 0) {
    out['genres'] = story.genres.map((g) => {
      const o: Record<string, string> = {};
      if (g.name) o['name'] = g.name;
      if (g.uri) o['uri'] = g.uri;
      const literal = [g.scheme, g.code].filter(Boolean).join(':');
      if (literal) o['literal'] = literal;
      return o;
    });
  }
  const altids = [...story.altids];
  if (story.uri !== out['uri']) altids.push({ role: 'source-uri', value: story.uri });
  if (altids.length > 0) out['altids'] = altids;

  const byType = (t: Entity['type']): Record<string, string>[] =>
    (doc.entities ?? []).filter((e) => e.type === t).map((e) => ({ name: e.name, rel: 'mentioned' }));
  const people = byType('person');
  const orgs = byType('organisation');
  const places = byType('place');
  if (people.length > 0) out['people'] = people;
  if (orgs.length > 0) out['organisations'] = orgs;
  if (places.length > 0) out['places'] = places;

  // The trust package decides what was verified and which IPTC role each link carries.
  const indicators = doc.trust ? trustIndicatorsForNinjs(doc.trust) : [];
  if (indicators.length > 0) out['trustindicators'] = indicators;

  if (doc.quotes && doc.quotes.length > 0) {
    out[NINJS_QUOTES_PROPERTY] = doc.quotes.map((q) => ({
      text: q.text,
      start: q.start,
      end: q.end,
      speaker: q.speaker?.name ?? null,
      cue: q.cue,
    }));
  }
  return out;
};
