import pino, { type Logger } from 'pino';

export type { Logger };

/** Paths pino blanks in every log line, wherever a request or a connector is logged. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
  'password',
  '*.password',
  'secret',
  '*.secret',
  'token',
  '*.token',
];

export function makeLogger(level: string, name = 'patchcord'): Logger {
  return pino({ name, level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } });
}
