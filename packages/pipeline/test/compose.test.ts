// docker-compose.yml cannot run here (no Docker engine), so this checks what can go wrong
// without one: every worker's environment is accepted by the services' config schema, names
// only known variables, points at the compose servers, and selects a service that exists.
import { existsSync, readFileSync } from 'node:fs';
import { configVariables, loadConfig } from '@newswire/config';
import { repoPath } from '@newswire/testkit';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { serviceRoles } from '../src/index.ts';

interface ComposeService {
  image?: string;
  build?: { dockerfile?: string };
  environment?: Record<string, string | number | boolean>;
}

const compose = parse(readFileSync(repoPath('docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
};
const workers = Object.entries(compose.services).filter(([, s]) => s.environment?.['SERVICE'] !== undefined);
const known = new Set<string>(configVariables.map((v) => v.name));

describe('docker-compose.yml', () => {
  it('runs Kafka, an S3-compatible server, Redis and one container per worker', () => {
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(['kafka', 's3', 'redis']));
    expect(workers.map(([, s]) => s.environment?.['SERVICE']).sort()).toEqual([...serviceRoles].sort());
    for (const [, s] of workers) {
      expect(existsSync(repoPath('services', String(s.environment?.['SERVICE']), 'src', 'main.ts'))).toBe(
        true,
      );
      expect(existsSync(repoPath(s.build?.dockerfile ?? 'missing'))).toBe(true);
    }
  });

  it.each(workers)(
    'gives %s an environment the config schema accepts, in distributed mode',
    (_name, service) => {
      const env = Object.fromEntries(
        Object.entries(service.environment ?? {}).map(([k, v]) => [k, String(v)]),
      );
      const unknown = Object.keys(env).filter((k) => k !== 'SERVICE' && !known.has(k));
      expect(unknown).toEqual([]);
      const config = loadConfig(env);
      expect(config.mode).toBe('distributed');
      expect(config.kafka?.brokers.every((b) => b.startsWith('kafka:'))).toBe(true);
      expect(new URL(config.s3?.endpoint ?? '').hostname).toBe('s3');
      expect(new URL(config.redis?.url ?? '').hostname).toBe('redis');
    },
  );
});

describe('README configuration reference', () => {
  it('documents every variable the services read', () => {
    const readme = readFileSync(repoPath('README.md'), 'utf8');
    const missing = configVariables.map((v) => v.name).filter((name) => !readme.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });
});
