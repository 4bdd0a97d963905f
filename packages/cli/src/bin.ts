#!/usr/bin/env node
// Composition root of the `newswire` command: the only place that reads process.env,
// installs signal handlers and exits.
import { runCli } from './cli.ts';

let stops = 0;
const stopRequested = new Promise<void>((resolve) => {
  const onSignal = (signal: NodeJS.Signals): void => {
    stops++;
    if (stops > 1) {
      process.stderr.write(`newswire: second ${signal}, exiting now\n`);
      process.exit(130);
    }
    resolve();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
});

const code = await runCli({
  argv: process.argv.slice(2),
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  stopRequested,
});
process.exitCode = code;
// Long-lived handles (e.g. the stdin listener) must not keep a finished command alive.
setImmediate(() => process.exit(code));
