// The ObjectStore port: S3 semantics reduced to what the pipeline uses. Keys are the layout
// from @newswire/contracts (raw/..., enriched/..., dlq/...), identical in every adapter.

export interface PutOptions {
  readonly contentType?: string;
}

export interface ObjectInfo {
  readonly key: string;
  readonly size: number;
}

export interface ObjectStore {
  readonly kind: 'fs' | 's3';
  /** Creates the bucket/root when missing. Idempotent. */
  ensure(): Promise<void>;
  /** Writes the whole object atomically (readers see the old or the new bytes, never a mix). */
  put(key: string, body: Buffer | string, options?: PutOptions): Promise<void>;
  /** The object's bytes, or null when there is none. */
  get(key: string): Promise<Buffer | null>;
  head(key: string): Promise<ObjectInfo | null>;
  /** Every key under `prefix`, in lexicographic order. */
  list(prefix: string): AsyncIterable<ObjectInfo>;
  delete(key: string): Promise<void>;
  close(): Promise<void>;
}
