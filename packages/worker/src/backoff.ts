/** Exponential backoff with full jitter, capped: base * 2^(attempt-1), at most max. */
export const backoffMs = (
  attempt: number,
  baseMs: number,
  maxMs: number,
  random: () => number = Math.random,
): number => Math.round(random() * Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1)));

/** Resolves after `ms`, or early (without throwing) when the signal aborts. */
export const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
