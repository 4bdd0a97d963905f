// Object keys, identical in S3 and the embedded filesystem store. Built only from validated,
// escaped parts: a key can never climb out of its prefix, whatever the story id says.
import { ErrorCode, NewswireError } from './errors.ts';

/** Escapes one key segment: keeps [A-Za-z0-9._-], percent-encodes the rest ('.' and '..' included). */
export const keySegment = (part: string): string => {
  if (part.length === 0 || part.length > 512) {
    throw new NewswireError(
      ErrorCode.InvalidKey,
      `key segment must be 1..512 characters, got ${part.length}`,
    );
  }
  const escaped = Array.from(new TextEncoder().encode(part), (b) => {
    const c = String.fromCharCode(b);
    return /[A-Za-z0-9_-]/u.test(c) || (c === '.' && part !== '.' && part !== '..')
      ? c
      : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }).join('');
  return escaped;
};

const datePath = (iso: string): string => {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new NewswireError(ErrorCode.InvalidKey, `not a date: ${iso}`);
  const yyyy = String(d.getUTCFullYear()).padStart(4, '0');
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(d.getUTCDate()).padStart(2, '0');
  return `${yyyy}/${mm}/${dd}`;
};

/** raw/YYYY/MM/DD/<source>/<rawId>/<payloadSha256 first 16>.json: dated by receipt. */
export const rawKey = (raw: {
  source: string;
  id: string;
  receivedAt: string;
  payloadSha256: string;
}): string =>
  `raw/${datePath(raw.receivedAt)}/${keySegment(raw.source)}/${keySegment(raw.id)}/${raw.payloadSha256.slice(0, 16)}.json`;

/** The date a story is filed under: its own time (first created, else version created, else receipt). */
export const storyDate = (story: {
  firstcreated: string | null;
  versioncreated: string | null;
  receivedAt: string;
}): string => story.firstcreated ?? story.versioncreated ?? story.receivedAt;

export const enrichedPrefix = (story: Parameters<typeof storyDate>[0] & { id: string }): string =>
  `enriched/${datePath(storyDate(story))}/${keySegment(story.id)}/`;

/** enriched/YYYY/MM/DD/<storyId>/<version>.json */
export const enrichedKey = (
  story: Parameters<typeof storyDate>[0] & { id: string; version: number },
): string => `${enrichedPrefix(story)}${story.version}.json`;

/** enriched/YYYY/MM/DD/<storyId>/latest.json: the newest version written. */
export const latestKey = (story: Parameters<typeof storyDate>[0] & { id: string }): string =>
  `${enrichedPrefix(story)}latest.json`;

/** dlq/<stage>/YYYY/MM/DD/<deadLetterId>.json: the archiver's copy of every dead letter on the DLQ topic. */
export const dlqKey = (letter: { stage: string; id: string; failedAt: string }): string =>
  `dlq/${keySegment(letter.stage)}/${datePath(letter.failedAt)}/${keySegment(letter.id)}.json`;

/** held/<storyId>/<version>.json (stories held for an editor by trust policy, embedded store). */
export const heldKey = (story: { id: string; version: number }): string =>
  `held/${keySegment(story.id)}/${story.version}.json`;
