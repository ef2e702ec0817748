/**
 * Outbound failures. They are catalogue errors (`src/errors.ts`) that will fail the same way again:
 * a provider's 4xx or a rule-matched refusal (`PROVIDER_REJECTED`, with the provider's status and
 * an excerpt of its answer), a refused address, a bad URL or template. Anything else the sender
 * throws is a plain `Error` (a timeout, a reset connection, a 5xx) and worth retrying.
 */
import { AppError, type ErrorCode } from '../errors';

export type OutboundErrorCode = Extract<
  ErrorCode,
  'TEMPLATE_SYNTAX' | 'TEMPLATE_VALUE' | 'MERGE_FIELD_UNKNOWN' | 'ADDRESS_REFUSED' | 'PROVIDER_REJECTED' | 'BAD_URL'
>;

export class OutboundError extends AppError {
  readonly permanent = true as const;
  declare readonly code: OutboundErrorCode;
  /** The provider's HTTP status, when it answered. */
  readonly providerStatus?: number;
  readonly bodyExcerpt?: string;
  /** For a TEMPLATE_VALUE error: the merge fields that had no value. */
  readonly missingFields?: readonly string[];

  constructor(
    code: OutboundErrorCode,
    message: string,
    extra: { status?: number; bodyExcerpt?: string; cause?: unknown; missingFields?: readonly string[] } = {},
  ) {
    super(code, message, [], { cause: extra.cause });
    this.name = 'OutboundError';
    this.missingFields = extra.missingFields;
    this.providerStatus = extra.status;
    this.bodyExcerpt = extra.bodyExcerpt;
  }
}

export function isPermanent(err: unknown): err is OutboundError {
  return err instanceof OutboundError;
}
