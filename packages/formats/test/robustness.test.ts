// Damaged copies of real inputs (truncated, bytes flipped, lines dropped): each must parse with a
// headline and a body or be refused with a NewswireError naming a reason, never an internal error.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ErrorCode, NewswireError } from '@newswire/contracts';
import { corpusPath } from '@newswire/testkit';
import { anpaMessage, iptc7901Message } from './fixtures/wire-fixtures.ts';
import { corpusBytes, parseBytes } from './helpers.ts';

/** Deterministic PRNG (mulberry32) so every run damages the inputs the same way. */
const rng =
  (seed: number): (() => number) =>
  () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

const samples = (): { name: string; bytes: Uint8Array }[] => {
  const pick = (dir: string, n: number): { name: string; bytes: Uint8Array }[] =>
    readdirSync(corpusPath(dir))
      .filter((f) => /\.(xml|json|txt)$/u.test(f))
      .slice(0, n)
      .map((f) => ({ name: `${dir}/${f}`, bytes: corpusBytes(path.join(dir, f)) }));
  return [
    ...pick('wire-text', 1),
    ...pick('iptc-ninjs/examples/2.1', 6),
    ...pick('iptc-ninjs/examples/NewsML', 2),
    ...pick('iptc-newsml-g2/examples', 12),
    ...pick('nitf-edge-cases/test/fixtures', 6),
    { name: 'anpa', bytes: anpaMessage() },
    { name: '7901', bytes: iptc7901Message() },
  ];
};

const damage = (b: Uint8Array, r: () => number): Uint8Array => {
  const kind = Math.floor(r() * 4);
  if (kind === 0) return b.slice(0, Math.floor(r() * b.length));
  const out = new Uint8Array(b);
  if (kind === 1) {
    for (let i = 0; i < 1 + r() * 8; i++) out[Math.floor(r() * out.length)] = Math.floor(r() * 256);
    return out;
  }
  if (kind === 2) {
    const start = Math.floor(r() * b.length);
    return new Uint8Array([
      ...b.slice(0, start),
      ...b.slice(Math.min(b.length, start + 1 + Math.floor(r() * 200))),
    ]);
  }
  const at = Math.floor(r() * b.length);
  return new Uint8Array([...b.slice(0, at), ...new TextEncoder().encode('<>&"\u0000{]'), ...b.slice(at)]);
};

describe('damaged inputs', () => {
  it('parse with headline and body, or are refused with a reason (never an internal error)', () => {
    const r = rng(20240709);
    let parsed = 0;
    let refused = 0;
    for (const { name, bytes } of samples()) {
      for (let i = 0; i < 25; i++) {
        const b = damage(bytes, r);
        try {
          const s = parseBytes(b);
          expect(s.headline.length, name).toBeGreaterThan(0);
          expect(s.bodyText.length, name).toBeGreaterThan(0);
          parsed += 1;
        } catch (e) {
          expect(e, name).toBeInstanceOf(NewswireError);
          const err = e as NewswireError;
          expect(err.code, `${name}: ${err.message}`).not.toBe(ErrorCode.Internal);
          expect(err.retryable).toBe(false);
          refused += 1;
        }
      }
    }
    expect(parsed).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(50);
  });
});
