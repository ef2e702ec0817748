/** The service layer's answers for a missing record and for a body field that names a bad reference. */
import { AppError, type ErrorDetail } from '../errors';

/** The 404 for a record that does not exist: `<what> <id> not found.` */
export function notFound(what: string, id: string): AppError {
  return new AppError('NOT_FOUND', `${what} ${id} not found.`);
}

/** The value, or the 404 of `notFound` when the record does not exist. */
export function required<T>(value: T, what: string, id: string): NonNullable<T> {
  if (value === null || value === undefined) throw notFound(what, id);
  return value;
}

/** A 400 naming one field of the request, e.g. a reference to a record that does not exist. */
export function invalidField(field: string, message: string): AppError {
  const details: ErrorDetail[] = [{ field, code: 'invalid', message }];
  return new AppError('VALIDATION_FAILED', `${field}: ${message}`, details);
}
