/** Password hashing (argon2) for user sign-in. */
import { hash, verify } from '@node-rs/argon2';
import { randomToken } from './secrets';

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/**
 * Whether the password matches the stored hash. Without a hash (an unknown user) it checks against
 * a dummy hash, so the time taken does not reveal which users exist; a malformed hash is a mismatch.
 */
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  return verify(stored ?? (await dummyHash()), password).catch(() => false);
}

// A hash of a random string nobody knows; only used to spend the same time on unknown users.
let dummy: Promise<string> | undefined;
function dummyHash(): Promise<string> {
  dummy ??= hash(randomToken());
  return dummy;
}
