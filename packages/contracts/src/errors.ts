// Error codes and the one error class every stage throws. Retry versus DLQ is decided from
// `retryable` alone, in the worker runtime; codes are stable strings for the DLQ and the CLI.

export const ErrorCode = {
  // input the pipeline will never accept (permanent)
  EmptyInput: 'EMPTY_INPUT',
  InvalidUtf8: 'INVALID_UTF8',
  TooLarge: 'TOO_LARGE',
  BinaryInput: 'BINARY_INPUT',
  UnknownFormat: 'UNKNOWN_FORMAT',
  NotNinjs: 'NOT_NINJS',
  InvalidNinjs: 'INVALID_NINJS',
  MalformedXml: 'MALFORMED_XML',
  XmlForbidden: 'XML_FORBIDDEN',
  NotNewsItem: 'NOT_NEWS_ITEM',
  EmptyBody: 'EMPTY_BODY',
  InvalidEncoding: 'INVALID_ENCODING',
  InvalidMessage: 'INVALID_MESSAGE',
  UnsupportedSchemaVersion: 'UNSUPPORTED_SCHEMA_VERSION',
  InvalidKey: 'INVALID_KEY',
  HeldForEditor: 'HELD_FOR_EDITOR',
  // configuration a service refuses to start with (permanent)
  InvalidConfig: 'INVALID_CONFIG',
  // transient (retryable)
  StoreUnavailable: 'STORE_UNAVAILABLE',
  BusUnavailable: 'BUS_UNAVAILABLE',
  DedupUnavailable: 'DEDUP_UNAVAILABLE',
  Timeout: 'TIMEOUT',
  // a bug or an unexpected throw; permanent so it is not retried forever
  Internal: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const retryableCodes: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  ErrorCode.StoreUnavailable,
  ErrorCode.BusUnavailable,
  ErrorCode.DedupUnavailable,
  ErrorCode.Timeout,
]);

export interface NewswireErrorOptions {
  readonly cause?: unknown;
  /** Defaults to whether the code is a transient one. */
  readonly retryable?: boolean;
  readonly details?: Readonly<Record<string, unknown>>;
}

export class NewswireError extends Error {
  override readonly name = 'NewswireError';
  readonly code: ErrorCode;
  readonly retryable: boolean;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, options: NewswireErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.retryable = options.retryable ?? retryableCodes.has(code);
    this.details = options.details ?? {};
  }

  toJSON(): { code: ErrorCode; message: string; retryable: boolean } {
    return { code: this.code, message: this.message, retryable: this.retryable };
  }
}

export const isNewswireError = (e: unknown): e is NewswireError => e instanceof NewswireError;

/** Converts anything thrown into a NewswireError once, at a handler boundary, keeping it as `cause`. */
export const toNewswireError = (e: unknown): NewswireError => {
  if (e instanceof NewswireError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new NewswireError(ErrorCode.Internal, `unexpected error: ${message}`, { cause: e });
};
