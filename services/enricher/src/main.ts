// Composition root of the enricher service: wire.normalized -> entities and quotes -> wire.enriched.
// Configured only by environment variables (see the README); drains on SIGTERM/SIGINT.
import { runServiceMain } from '@newswire/pipeline';

await runServiceMain('enricher', process);
