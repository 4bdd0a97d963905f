// Composition root of the trust-checker service: wire.enriched -> Trust Project report -> wire.checked, or wire.held by source policy.
// Configured only by environment variables (see the README); drains on SIGTERM/SIGINT.
import { runServiceMain } from '@newswire/pipeline';

await runServiceMain('trust-checker', process);
