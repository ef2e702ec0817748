/**
 * Outbound failures, all catalogue errors (`src/errors.ts`), in two families.
 *
 * `OutboundError`: will fail the same way again: a provider's 4xx or a rule-matched refusal
 * (`PROVIDER_REJECTED`, with the provider's status and an excerpt of its answer), a refused address,
 * a bad URL or template.
 *
 * `DeliveryError`: the provider gave no usable answer, and the code says whether it may have acted:
 * - `PROVIDER_UNREACHABLE`: the request provably never reached it (the name did not resolve, the
 *   connection was refused or failed, TLS failed, no connection within the time allowed): nothing
 *   of the request was written, so sending it again is safe.
 * - `PROVIDER_UNAVAILABLE`: it answered that it did not process the request (408, 429, 503), or the
 *   operation is safe to repeat whatever happened (`src/services/provider-api.ts` decides that).
 * - `PROVIDER_OUTCOME_UNKNOWN`: the request was sent but no complete answer came (a timeout or a
 *   dropped connection after the request was written), or the answer was another 5xx, which does
 *   not say whether the provider acted first (see `http.ts`). Not retried by itself.
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

export type DeliveryErrorCode = Extract<ErrorCode, 'PROVIDER_UNREACHABLE' | 'PROVIDER_UNAVAILABLE' | 'PROVIDER_OUTCOME_UNKNOWN'>;

export class DeliveryError extends AppError {
  declare readonly code: DeliveryErrorCode;
  /** The provider's HTTP status, when it answered (a 5xx, 429, 408). */
  readonly providerStatus?: number;
  readonly bodyExcerpt?: string;

  constructor(code: DeliveryErrorCode, message: string, extra: { status?: number; bodyExcerpt?: string; cause?: unknown } = {}) {
    super(code, message, [], { cause: extra.cause });
    this.name = 'DeliveryError';
    this.providerStatus = extra.status;
    this.bodyExcerpt = extra.bodyExcerpt;
  }

  /** The same failure under another code (an operation safe to repeat turns an unknown outcome into a retry). */
  as(code: DeliveryErrorCode, message = this.message): DeliveryError {
    return new DeliveryError(code, message, { status: this.providerStatus, bodyExcerpt: this.bodyExcerpt, cause: this.cause });
  }
}

export function isDeliveryError(err: unknown): err is DeliveryError {
  return err instanceof DeliveryError;
}
