// Topic names: one per stage boundary, plus the DLQ and the editor hold queue.
export const Topic = {
  Raw: 'wire.raw',
  Normalized: 'wire.normalized',
  Enriched: 'wire.enriched',
  Checked: 'wire.checked',
  Held: 'wire.held',
  Dlq: 'wire.dlq',
} as const;
export type Topic = (typeof Topic)[keyof typeof Topic];

export const StageName = {
  Normalizer: 'normalizer',
  Enricher: 'enricher',
  TrustChecker: 'trust-checker',
  Writer: 'writer',
  Archiver: 'archiver',
} as const;
export type StageName = (typeof StageName)[keyof typeof StageName];

export const WireFormat = {
  Auto: 'auto',
  Text: 'text',
  Ninjs: 'ninjs',
  Nitf: 'nitf',
  NewsmlG2: 'newsml-g2',
  Newsml1: 'newsml-1',
  Iptc7901: 'iptc7901',
  Anpa1312: 'anpa1312',
} as const;
export type WireFormat = (typeof WireFormat)[keyof typeof WireFormat];
export const wireFormats = Object.values(WireFormat);
