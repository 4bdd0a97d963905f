// Composition root of the normalizer service: wire.raw -> parse any wire format -> dedup (Redis) -> wire.normalized.
// Configured only by environment variables (see the README); drains on SIGTERM/SIGINT.
import { runServiceMain } from '@newswire/pipeline';

await runServiceMain('normalizer', process);
