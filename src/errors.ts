// Typed application errors: a code and context for logs, an HTTP status where one applies.

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: string,
    message: string,
    readonly context: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** An error that maps to an HTTP response; the server turns it into `{ error: { code, message } }`. */
export class HttpError extends AppError {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    code: string,
    message: string,
    context: Record<string, unknown> = {},
  ) {
    super(code, message, context);
  }
}

/** A content or configuration file that failed validation; the message names file, item and field. */
export class ContentError extends AppError {
  override name = 'ContentError';
  constructor(
    readonly file: string,
    readonly issues: string[],
  ) {
    super('content_invalid', `${file}:\n  ${issues.join('\n  ')}`, { file });
  }
}
