// vitest global setup of the integration project: acquire real servers once per run and hand
// their endpoints to the tests through `inject('servers')`.
import type { TestProject } from 'vitest/node';
import { acquireServers } from './servers.ts';
import type { ServerEnv, ServerPath } from './servers.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    servers: ServerEnv & { path: ServerPath };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const acquired = await acquireServers();
  project.provide('servers', { ...acquired.env, path: acquired.path });
  return () => acquired.release();
}
