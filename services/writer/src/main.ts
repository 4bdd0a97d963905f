// Composition root of the writer service: wire.checked -> enriched/... documents in the store; wire.held -> held/....
// Configured only by environment variables (see the README); drains on SIGTERM/SIGINT.
import { runServiceMain } from '@newswire/pipeline';

await runServiceMain('writer', process);
