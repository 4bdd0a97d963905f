// Composition root of the archiver service: wire.raw -> raw/... byte-for-byte archive; wire.dlq -> dlq/... dead letters; replay jobs.
// Configured only by environment variables (see the README); drains on SIGTERM/SIGINT.
import { runServiceMain } from '@newswire/pipeline';

await runServiceMain('archiver', process);
