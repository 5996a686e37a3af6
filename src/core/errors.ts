/** One base error with a stable `code`, so callers can branch without parsing messages. */
export class HeedError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'HeedError';
    this.code = code;
  }
  static isInstance(value: unknown): value is HeedError {
    return value instanceof HeedError;
  }
}

/** A command-line usage problem (exit code 2). */
export class UsageError extends HeedError {
  constructor(message: string) {
    super('HEED_ERR_USAGE', message);
    this.name = 'UsageError';
  }
}
