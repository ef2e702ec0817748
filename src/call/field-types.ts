/**
 * The shapes shared by the canonical field list (canonical.ts) and the checks of a single value
 * (field-checks.ts): a field's description, the context values are read in, and a problem found.
 */
import type { CountryCode } from 'libphonenumber-js';

export interface CanonicalField {
  name: string;
  seedName: string;
  type: 'phone' | 'string' | 'datetime' | 'integer' | 'enum' | 'url' | 'object';
  /**
   * Part of the default set of fields a finished call must have to count as complete (a connector
   * may name its own set). `startTime` and `endTime` count as one: either is enough.
   */
  complete: boolean;
  /** Read as UTC when the value carries no offset. */
  utc?: boolean;
  values?: readonly string[];
  description: string;
}

export interface FieldProblem {
  field: string;
  code: 'missing' | 'wrong_type' | 'not_allowed' | 'invalid' | 'unknown_field';
  message: string;
}

export interface CallContext {
  defaultCountry: CountryCode;
  /** IANA zone, e.g. Asia/Kolkata: the zone of wall-clock times without an offset. */
  timeZone: string;
}
