// The per-source policy: annotate never changes routing; warn and hold act only on a flagged claim or
// a missing required indicator.
import { describe, expect, it } from 'vitest';
import { checkTrust, parseSourceRegistry } from '../src/index.ts';
import { makeEnrichment, makeStory } from './make-story.ts';

const CLAIM = { labels: ['Conforms to The Trust Project criteria'] };
const registryWith = (policy: 'annotate' | 'warn' | 'hold', required: string[] = []) =>
  parseSourceRegistry({ sources: [{ source: 'hcl', publisher: 'Harbour City Ledger', policy, required }] });
const run = (registry: ReturnType<typeof registryWith> | undefined, story = makeStory({ trust: CLAIM })) =>
  checkTrust({ story, enrichment: makeEnrichment(), ...(registry === undefined ? {} : { registry }) });

describe('source policy and action', () => {
  it('annotates by default: a flagged story passes, with the report attached', () => {
    const r = run(undefined);
    expect(r).toMatchObject({ flagged: true, policy: 'annotate', action: 'pass' });
    expect(run(registryWith('annotate', ['type-of-work']))).toMatchObject({ flagged: true, action: 'pass' });
  });

  it('warns on a flagged claim under "warn", and says why', () => {
    const r = run(registryWith('warn'));
    expect(r).toMatchObject({ policy: 'warn', action: 'warn' });
    expect(r.warnings).toContain('source policy "warn": unbacked conformance claim');
  });

  it('holds a flagged claim under "hold"', () => {
    expect(run(registryWith('hold'))).toMatchObject({ policy: 'hold', action: 'hold' });
  });

  it('holds a story that claims nothing only when a required indicator is not present', () => {
    const plain = makeStory({ trust: {} });
    const held = run(registryWith('hold', ['type-of-work']), plain);
    expect(held).toMatchObject({ flagged: false, action: 'hold' });
    expect(held.warnings).toContain('source policy "hold": required type-of-work not present');
    const labelled = makeStory({ genres: [{ name: 'Current', code: 'genre:Current' }] });
    expect(run(registryWith('hold', ['type-of-work']), labelled)).toMatchObject({ action: 'pass' });
    expect(run(registryWith('hold'), plain)).toMatchObject({ action: 'pass' });
  });

  it('applies the registry default policy to sources without an entry', () => {
    const registry = parseSourceRegistry({ defaultPolicy: 'warn', sources: [] });
    expect(run(registry)).toMatchObject({ policy: 'warn', action: 'warn', registryEntry: null });
  });
});
