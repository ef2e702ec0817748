/**
 * Per-account sign-in throttling, shared by every API process through the database: after
 * `maxFailures` failed sign-ins for one email within `windowMs`, sign-ins for that email are refused
 * (RATE_LIMITED, with Retry-After) for `lockMs`, whatever address they come from. Emails that are
 * nobody's are counted the same, so the answer never tells whether an account exists.
 */
import { AppError } from '../errors';
import type { Models } from '../db/models';

export interface SignInThrottleLimits {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

export function makeSignInThrottle({ models, limits }: { models: Models; limits: SignInThrottleLimits }) {
  const { SignInThrottle } = models;

  /** Throws RATE_LIMITED while the email is locked. */
  async function check(email: string): Promise<void> {
    const now = new Date();
    const entry = await SignInThrottle.findOne({ email, lockedUntil: { $gt: now } }).lean();
    if (!entry?.lockedUntil) return;
    const retryAfterSeconds = Math.max(1, Math.ceil((entry.lockedUntil.getTime() - now.getTime()) / 1000));
    throw new AppError('RATE_LIMITED', 'Too many failed sign-ins for this email; try again later.', [], { retryAfterSeconds });
  }

  /** Counts a failed sign-in; the failure that reaches the limit locks the email. */
  async function recordFailure(email: string): Promise<void> {
    const now = Date.now();
    const windowStart = new Date(now - limits.windowMs);
    // Expired entries of any email go on every write; the API's hourly housekeeping does the same.
    await SignInThrottle.deleteMany({ expiresAt: { $lt: new Date(now) } });
    const entry = await SignInThrottle.findOneAndUpdate(
      { email, windowStart: { $gt: windowStart } },
      { $inc: { failures: 1 } },
      { returnDocument: 'after' },
    ).lean();
    const failures = entry?.failures ?? 1;
    const started = entry?.windowStart.getTime() ?? now;
    if (!entry) {
      // No current window: start one (replacing an old one).
      await SignInThrottle.updateOne(
        { email },
        { $set: { failures: 1, windowStart: new Date(now), lockedUntil: null, expiresAt: new Date(now + limits.windowMs) } },
        { upsert: true },
      );
    }
    if (failures >= limits.maxFailures) {
      const lockedUntil = new Date(now + limits.lockMs);
      const expiresAt = new Date(Math.max(lockedUntil.getTime(), started + limits.windowMs));
      await SignInThrottle.updateOne({ email }, { $set: { lockedUntil, expiresAt } });
    }
  }

  /** A successful sign-in clears the email's failures. */
  async function clear(email: string): Promise<void> {
    await SignInThrottle.deleteOne({ email });
  }

  return { check, recordFailure, clear };
}

export type SignInThrottle = ReturnType<typeof makeSignInThrottle>;
