/**
 * How workflow code refuses something: a non-retryable failure whose type is a code of the error
 * catalogue (`src/errors.ts`, imported as a type only), so the API answers it as that code's status
 * without reading messages.
 */
import { ApplicationFailure } from '@temporalio/workflow';
import type { ErrorCode } from '../src/errors';

export function refusal(code: ErrorCode, message: string): ApplicationFailure {
  return ApplicationFailure.create({ type: code, message, nonRetryable: true });
}
