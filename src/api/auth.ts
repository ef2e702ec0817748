/**
 * Users sign in with email and password and get a session: an http-only cookie for the browser and
 * the same token as a bearer token for API clients. Only a hash of the token is stored.
 */
import { hash, verify } from '@node-rs/argon2';
import type { Request } from 'express';
import { AppError } from '../errors';
import type { Models } from '../db/models';
import type { Role } from '../domain/people';
import { randomToken, sha256 } from '../security/secrets';

export const SESSION_COOKIE = 'patchcord_session';

export interface AuthedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export function makeAuth({ models, sessionTtlHours }: { models: Models; sessionTtlHours: number }) {
  const { User, AuthSession } = models;

  async function login(email: string, password: string): Promise<{ token: string; expiresAt: Date; user: AuthedUser }> {
    const user = await User.findOne({ email: email.toLowerCase().trim(), active: true }).select('+passwordHash').lean();
    // Verify against a dummy hash when the user is unknown, so timing does not reveal which emails exist.
    const ok = await verify(user?.passwordHash ?? (await dummyHash()), password).catch(() => false);
    if (!user || !ok) throw new AppError('BAD_CREDENTIALS');
    const token = randomToken();
    const expiresAt = new Date(Date.now() + sessionTtlHours * 3600_000);
    await AuthSession.create({ tokenHash: sha256(token), userId: user._id, expiresAt });
    return { token, expiresAt, user: { id: String(user._id), email: user.email, name: user.name, role: user.role } };
  }

  async function logout(token: string): Promise<void> {
    await AuthSession.deleteOne({ tokenHash: sha256(token) });
  }

  function tokenOf(req: Request): string | null {
    const header = req.headers.authorization;
    if (header?.startsWith('Bearer ')) return header.slice(7).trim() || null;
    const cookies = req.cookies as Record<string, string> | undefined;
    return cookies?.[SESSION_COOKIE] ?? null;
  }

  async function authenticate(req: Request): Promise<AuthedUser | null> {
    const token = tokenOf(req);
    if (!token) return null;
    const session = await AuthSession.findOne({ tokenHash: sha256(token), expiresAt: { $gt: new Date() } }).lean();
    if (!session) return null;
    const user = await User.findOne({ _id: session.userId, active: true }).lean();
    if (!user) return null;
    return { id: String(user._id), email: user.email, name: user.name, role: user.role };
  }

  async function requireRole(req: Request, roles: readonly Role[]): Promise<AuthedUser> {
    const user = await authenticate(req);
    if (!user) throw new AppError('UNAUTHENTICATED');
    if (!roles.includes(user.role)) throw new AppError('FORBIDDEN', `This needs the role ${roles.join(' or ')}; you are ${user.role}.`);
    return user;
  }

  return { login, logout, tokenOf, authenticate, requireRole };
}

export type Auth = ReturnType<typeof makeAuth>;

// A hash of a random string nobody knows; only used to spend the same time on unknown emails.
let dummy: Promise<string> | undefined;
function dummyHash(): Promise<string> {
  dummy ??= hash(randomToken());
  return dummy;
}
