// What a TrustReport contributes to a ninjs document's `trustindicators`: only links that were verified,
// i.e. valid http(s) evidence with a trust-indicator role, under indicators whose status is 'present'.
import type { TrustReport } from '@newswire/contracts';
import { checkUrl } from './evidence-values.ts';

export interface NinjsTrustIndicator {
  /** IPTC trustindicator URI (http://cv.iptc.org/newscodes/trustindicator/...), else a schema.org property URI. */
  role: string;
  title?: string;
  href: string;
}

export const trustIndicatorsForNinjs = (report: TrustReport): NinjsTrustIndicator[] => {
  const out: NinjsTrustIndicator[] = [];
  const seen = new Set<string>();
  for (const result of report.indicators) {
    if (result.status !== 'present') continue;
    for (const e of result.evidence) {
      // A report may have crossed a topic: re-check the link rather than trust `valid` alone.
      if (!e.valid || e.role === undefined || !checkUrl(e.value).ok) continue;
      const key = `${e.role} ${e.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(
        e.title === undefined
          ? { role: e.role, href: e.value }
          : { role: e.role, title: e.title, href: e.value },
      );
    }
  }
  return out;
};
