// Story identity: a format's guid/uri -> a SafeId (no whitespace, slashes or controls; <= 256),
// stable for the same input; and version strings -> positive integers.
import { createHash } from 'node:crypto';

/** Percent-escapes only what SafeId forbids (and '%' itself, so the mapping is reversible). */
export const toSafeId = (raw: string): string => {
  const escaped = raw
    .trim()
    // eslint-disable-next-line no-control-regex -- control characters must be escaped
    .replace(/[%\s/\\\u0000-\u001f\u007f]/gu, (c) =>
      Array.from(Buffer.from(c, 'utf8'), (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
    );
  if (escaped.length <= 256) return escaped;
  const digest = createHash('sha256').update(raw).digest('hex').slice(0, 16);
  return `${escaped.slice(0, 200)}~${digest}`;
};

/** "3", 3, "v3", "1.2" (major) -> positive integer; anything else -> the default. */
export const toVersion = (value: unknown, fallback = 1): number => {
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  if (typeof value === 'string') {
    const m = /^\s*v?(\d{1,9})(?:\.\d+)*\s*$/iu.exec(value);
    if (m) {
      const n = Number(m[1]);
      if (n > 0) return n;
      // NewsML 1.2 and others count from 0 for the first revision.
      if (n === 0) return 1;
    }
  }
  return fallback;
};
