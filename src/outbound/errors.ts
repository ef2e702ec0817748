/**
 * Outbound failures, classified for Temporal's retry policy by one flag: `permanent` ones (a provider's
 * 4xx, a rule-matched error, a refused address, a bad template) will fail the same way again; anything
 * else thrown by the sender is a plain `Error` and retried. Activities map these onto the catalogue.
 */
export type OutboundErrorCode =
  'TEMPLATE_SYNTAX' | 'TEMPLATE_VALUE' | 'MERGE_FIELD_UNKNOWN' | 'ADDRESS_REFUSED' | 'HTTP_STATUS' | 'PROVIDER_ERROR' | 'BAD_URL';

export class OutboundError extends Error {
  readonly permanent = true as const;
  readonly code: OutboundErrorCode;
  readonly status?: number;
  readonly bodyExcerpt?: string;
  /** For a TEMPLATE_VALUE error: the merge fields that had no value. */
  readonly missingFields?: readonly string[];

  constructor(
    code: OutboundErrorCode,
    message: string,
    extra: { status?: number; bodyExcerpt?: string; cause?: unknown; missingFields?: readonly string[] } = {},
  ) {
    super(message, { cause: extra.cause });
    this.name = 'OutboundError';
    this.code = code;
    this.missingFields = extra.missingFields;
    this.status = extra.status;
    this.bodyExcerpt = extra.bodyExcerpt;
  }
}

export function isPermanent(err: unknown): err is OutboundError {
  return err instanceof OutboundError;
}
