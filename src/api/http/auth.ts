/**
 * Users sign in with email and password and get a session: an http-only cookie for the browser and
 * the same token as a bearer token for API clients (the sessions themselves: src/services/auth-sessions.ts).
 *
 * The cookie is an ambient credential: the browser sends it with requests other sites make. So a
 * cookie-authenticated request that may change something (POST, PUT, PATCH, DELETE) must come from
 * Patchcord's own pages: it is refused when the browser marks it cross-site (`Sec-Fetch-Site`) or
 * when its `Origin` is neither the request's own origin (its Host) nor the configured public URL.
 * A bearer token is never sent by the browser on its own, so bearer requests are not checked.
 */
import type { Request } from 'express';
import { AppError } from '../../errors';
import type { Role } from '../../domain/people';
import type { AuthedUser, AuthSessions } from '../../services/auth-sessions';

export type { AuthedUser } from '../../services/auth-sessions';

export const SESSION_COOKIE = 'patchcord_session';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function makeAuth({ sessions, publicUrl }: { sessions: AuthSessions; publicUrl?: string | undefined }) {
  const publicOrigin = publicUrl ? new URL(publicUrl).origin.toLowerCase() : null;

  function credentialOf(req: Request): { token: string; from: 'bearer' | 'cookie' } | null {
    const header = req.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      const token = header.slice(7).trim();
      return token ? { token, from: 'bearer' } : null;
    }
    const cookies = req.cookies as Record<string, string> | undefined;
    const token = cookies?.[SESSION_COOKIE];
    return token ? { token, from: 'cookie' } : null;
  }

  function tokenOf(req: Request): string | null {
    return credentialOf(req)?.token ?? null;
  }

  /** Throws CROSS_ORIGIN when the request was made by another site's page. */
  function assertSameOrigin(req: Request): void {
    if (req.get('sec-fetch-site')?.toLowerCase() === 'cross-site') throw new AppError('CROSS_ORIGIN');
    const origin = req.get('origin')?.toLowerCase();
    if (origin === undefined) return;
    const own = `${req.protocol}://${req.get('host') ?? ''}`.toLowerCase();
    if (origin !== own && origin !== publicOrigin) throw new AppError('CROSS_ORIGIN');
  }

  async function authenticate(req: Request): Promise<AuthedUser | null> {
    const token = tokenOf(req);
    if (!token) return null;
    return sessions.userOf(token);
  }

  async function requireRole(req: Request, roles: readonly Role[]): Promise<AuthedUser> {
    const credential = credentialOf(req);
    const user = credential ? await sessions.userOf(credential.token) : null;
    if (!user) throw new AppError('UNAUTHENTICATED');
    if (credential?.from === 'cookie' && UNSAFE_METHODS.has(req.method)) assertSameOrigin(req);
    if (!roles.includes(user.role)) throw new AppError('FORBIDDEN', `This needs the role ${roles.join(' or ')}; you are ${user.role}.`);
    return user;
  }

  return { login: sessions.login, logout: sessions.logout, tokenOf, authenticate, requireRole };
}

export type Auth = ReturnType<typeof makeAuth>;
