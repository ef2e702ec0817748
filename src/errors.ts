/**
 * The one error catalogue. Every failure Patchcord reports carries a code from here; the HTTP status,
 * the default message and whether a retry can help all derive from the code.
 */

interface CatalogueEntry {
  status: number;
  message: string;
  /** True when the same call may succeed later (network, overload); false for bad input. */
  retryable: boolean;
}

export const ERROR_CATALOGUE = {
  VALIDATION_FAILED: { status: 400, message: 'The request is invalid.', retryable: false },
  CALL_EVENT_INVALID: { status: 400, message: 'The mapped call event is missing or has malformed fields.', retryable: false },
  PAYLOAD_UNREADABLE: { status: 400, message: 'The request body could not be decoded for its content type.', retryable: false },
  UNAUTHENTICATED: { status: 401, message: 'Authentication is required.', retryable: false },
  BAD_CREDENTIALS: { status: 401, message: 'Wrong email or password.', retryable: false },
  WEBHOOK_AUTH_FAILED: { status: 401, message: 'The webhook secret or authentication header is wrong.', retryable: false },
  FORBIDDEN: { status: 403, message: 'Your role does not allow this.', retryable: false },
  CROSS_ORIGIN: {
    status: 403,
    message: 'A request from another site may not change anything with the session cookie; use a bearer token.',
    retryable: false,
  },
  NOT_FOUND: { status: 404, message: 'Not found.', retryable: false },
  CONFLICT: { status: 409, message: 'This conflicts with an existing record.', retryable: false },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The request body is larger than allowed.', retryable: false },
  PAYLOAD_TOO_COMPLEX: { status: 413, message: 'The request body has more keys, nesting or longer values than allowed.', retryable: false },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'This content type is not accepted here.', retryable: false },
  MAPPING_SYNTAX: { status: 422, message: 'The mapping expression has a syntax error.', retryable: false },
  MAPPING_EVALUATION: { status: 422, message: 'The mapping failed while evaluating the payload.', retryable: false },
  MAPPING_LIMIT: { status: 422, message: 'The mapping exceeded a guardrail (time, depth or sequence size).', retryable: false },
  MAPPING_MISSING: { status: 422, message: 'The connector has no mapping for this event.', retryable: false },
  RATE_LIMITED: { status: 429, message: 'Too many requests; slow down.', retryable: true },
  WORKFLOW_UNAVAILABLE: { status: 503, message: 'The workflow engine did not accept the event; try again.', retryable: true },
  DATABASE_UNAVAILABLE: { status: 503, message: 'The database is unreachable; try again.', retryable: true },
  INTERNAL: { status: 500, message: 'Something went wrong on our side.', retryable: true },
  PROVIDER_OPERATION_DISABLED: {
    status: 409,
    message: "The connector's provider request is not configured or not enabled.",
    retryable: false,
  },
  PROVIDER_REJECTED: { status: 422, message: 'The provider refused the request.', retryable: false },
  TEMPLATE_SYNTAX: { status: 422, message: 'A request template is not valid.', retryable: false },
  TEMPLATE_VALUE: { status: 422, message: 'A value the request template needs is missing or not allowed.', retryable: false },
  MERGE_FIELD_UNKNOWN: { status: 422, message: 'A mail-merge field is not one Patchcord knows.', retryable: false },
  BAD_URL: { status: 422, message: 'The provider URL is not an http(s) URL.', retryable: false },
  ADDRESS_REFUSED: {
    status: 422,
    message: "The provider's address is loopback, private, link-local or metadata, and not allow-listed.",
    retryable: false,
  },
  STEP_SKIPPED: { status: 409, message: 'Ops skipped a step the call cannot go on without.', retryable: false },
  PROVIDER_UNAVAILABLE: { status: 502, message: 'The provider did not answer in time; it was retried.', retryable: true },
  PROVIDER_UNREACHABLE: {
    status: 502,
    message: 'The provider could not be reached; the request was not sent, so sending it again is safe.',
    retryable: true,
  },
  PROVIDER_OUTCOME_UNKNOWN: {
    status: 502,
    message: 'The provider got the request but gave no complete answer; it may have acted on it, so it is not sent again by itself.',
    retryable: false,
  },
  NO_VIRTUAL_NUMBER: {
    status: 409,
    message: 'No connector assigned to your teams (nor a default connector) has a virtual number for this call.',
    retryable: false,
  },
  FIXTURES_FAILING: { status: 422, message: 'The mapping does not pass all of its fixtures.', retryable: false },
  REQUEST_NOT_REPLAYABLE: {
    status: 422,
    message: 'This request log entry cannot be re-run: its body was not stored, or only in part.',
    retryable: false,
  },
} as const satisfies Record<string, CatalogueEntry>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** One problem inside a request, e.g. a body field that failed validation. */
export interface ErrorDetail {
  /** Where the problem is: a field path such as `body.phone` or a canonical field name. */
  field?: string;
  /** A short machine-readable reason (`missing`, `wrong_type`, a JSONata code such as `T2001`). */
  code: string;
  message: string;
  /** JSONata position (character offset) when the problem is inside an expression. */
  position?: number;
  token?: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly retryable: boolean;
  readonly details: readonly ErrorDetail[];
  /** Seconds after which a retry may succeed, sent as the Retry-After header (rate limits). */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: ErrorCode,
    message?: string,
    details: readonly ErrorDetail[] = [],
    options?: { cause?: unknown; retryAfterSeconds?: number },
  ) {
    const entry: CatalogueEntry = ERROR_CATALOGUE[code];
    super(message ?? entry.message, options);
    this.name = 'AppError';
    this.code = code;
    this.status = entry.status;
    this.retryable = entry.retryable;
    this.details = details;
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }

  toJSON(): { code: ErrorCode; message: string; details: readonly ErrorDetail[] } {
    return { code: this.code, message: this.message, details: this.details };
  }
}

export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(ERROR_CATALOGUE, value);
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}
