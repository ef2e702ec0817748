/**
 * Sign-in sessions: a password sign-in, or a single sign-on for a provider's agent application, gets
 * a random token; only its hash is stored, with the session's expiry.
 */
import { AppError } from '../errors';
import type { Models, Types } from '../db/models';
import type { Role } from '../domain/people';
import { verifyPassword } from '../security/passwords';
import { randomToken, sha256 } from '../security/secrets';
import { makeSignInThrottle, type SignInThrottleLimits } from './sign-in-throttle';

export interface AuthedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export function makeAuthSessions({
  models,
  sessionTtlHours,
  signInThrottle,
}: {
  models: Models;
  sessionTtlHours: number;
  signInThrottle: SignInThrottleLimits;
}) {
  const { User, AuthSession } = models;
  const throttle = makeSignInThrottle({ models, limits: signInThrottle });

  /** Starts a session for a user; the token is returned once and stored only as a hash. */
  async function start(userId: Types.ObjectId, expiresAt: Date): Promise<string> {
    const token = randomToken();
    await AuthSession.create({ tokenHash: sha256(token), userId, expiresAt });
    return token;
  }

  async function login(email: string, password: string): Promise<{ token: string; expiresAt: Date; user: AuthedUser }> {
    const key = email.toLowerCase().trim();
    await throttle.check(key);
    const user = await User.findOne({ email: key, active: true }).select('+passwordHash').lean();
    const ok = await verifyPassword(user?.passwordHash, password);
    if (!user || !ok) {
      await throttle.recordFailure(key);
      throw new AppError('BAD_CREDENTIALS');
    }
    await throttle.clear(key);
    const expiresAt = new Date(Date.now() + sessionTtlHours * 3600_000);
    const token = await start(user._id, expiresAt);
    return { token, expiresAt, user: { id: String(user._id), email: user.email, name: user.name, role: user.role } };
  }

  async function logout(token: string): Promise<void> {
    await AuthSession.deleteOne({ tokenHash: sha256(token) });
  }

  /** The active user of an unexpired session, or null. */
  async function userOf(token: string): Promise<AuthedUser | null> {
    const session = await AuthSession.findOne({ tokenHash: sha256(token), expiresAt: { $gt: new Date() } }).lean();
    if (!session) return null;
    const user = await User.findOne({ _id: session.userId, active: true }).lean();
    if (!user) return null;
    return { id: String(user._id), email: user.email, name: user.name, role: user.role };
  }

  return { login, logout, userOf, start };
}

export type AuthSessions = ReturnType<typeof makeAuthSessions>;
