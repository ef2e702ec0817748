/**
 * Users sign in with email and password and get a session: an http-only cookie for the browser and
 * the same token as a bearer token for API clients (the sessions themselves: src/services/auth-sessions.ts).
 */
import type { Request } from 'express';
import { AppError } from '../../errors';
import type { Role } from '../../domain/people';
import type { AuthedUser, AuthSessions } from '../../services/auth-sessions';

export type { AuthedUser } from '../../services/auth-sessions';

export const SESSION_COOKIE = 'patchcord_session';

export function makeAuth({ sessions }: { sessions: AuthSessions }) {
  function tokenOf(req: Request): string | null {
    const header = req.headers.authorization;
    if (header?.startsWith('Bearer ')) return header.slice(7).trim() || null;
    const cookies = req.cookies as Record<string, string> | undefined;
    return cookies?.[SESSION_COOKIE] ?? null;
  }

  async function authenticate(req: Request): Promise<AuthedUser | null> {
    const token = tokenOf(req);
    if (!token) return null;
    return sessions.userOf(token);
  }

  async function requireRole(req: Request, roles: readonly Role[]): Promise<AuthedUser> {
    const user = await authenticate(req);
    if (!user) throw new AppError('UNAUTHENTICATED');
    if (!roles.includes(user.role)) throw new AppError('FORBIDDEN', `This needs the role ${roles.join(' or ')}; you are ${user.role}.`);
    return user;
  }

  return { login: sessions.login, logout: sessions.logout, tokenOf, authenticate, requireRole };
}

export type Auth = ReturnType<typeof makeAuth>;
