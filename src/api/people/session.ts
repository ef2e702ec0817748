/** Sign-in and sign-out, and who is signed in. */
import { rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import { ROLES } from '../../domain/people';
import { AppError } from '../../errors';
import { SESSION_COOKIE, type Auth } from '../http/auth';
import { endpoint } from '../http/endpoint';

const userSchema = z.object({ id: z.string(), email: z.string(), name: z.string(), role: z.enum(ROLES) });

export function makeSessionEndpoints({ auth, secureCookies }: { auth: Auth; secureCookies: boolean }) {
  const loginLimiter = rateLimit({
    windowMs: 60_000,
    limit: 20,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) => next(new AppError('RATE_LIMITED', 'Too many sign-in attempts; wait a minute.')),
  });

  return [
    endpoint({
      method: 'post',
      path: '/api/auth/login',
      summary: 'Sign in (sets a session cookie and returns a bearer token)',
      tag: 'Auth',
      access: 'public',
      before: [loginLimiter],
      body: z.strictObject({ email: z.email(), password: z.string().min(1).max(200) }),
      response: z.object({ token: z.string(), expiresAt: z.date(), user: userSchema }),
      errors: { 401: 'Wrong email or password', 429: 'Too many attempts' },
      handler: async ({ body, res }) => {
        const session = await auth.login(body.email, body.password);
        res.cookie(SESSION_COOKIE, session.token, {
          httpOnly: true,
          sameSite: 'lax',
          secure: secureCookies,
          expires: session.expiresAt,
          path: '/',
        });
        return session;
      },
    }),
    endpoint({
      method: 'post',
      path: '/api/auth/logout',
      summary: 'Sign out',
      tag: 'Auth',
      access: 'public',
      handler: async ({ req, res }) => {
        const token = auth.tokenOf(req);
        if (token) await auth.logout(token);
        res.clearCookie(SESSION_COOKIE, { path: '/' });
        return undefined;
      },
    }),
    endpoint({
      method: 'get',
      path: '/api/auth/me',
      summary: 'The signed-in user',
      tag: 'Auth',
      access: ROLES,
      response: userSchema,
      errors: { 401: 'Not signed in' },
      handler: async ({ user }) => user,
    }),
  ];
}

/**
 * Whether the browser is signed in, answered 200 either way: the designer asks on every load, and a
 * 401 there would be an error in the browser console for the normal signed-out case.
 */
export function makeSessionCheckEndpoints({ auth }: { auth: Auth }) {
  return [
    endpoint({
      method: 'get',
      path: '/api/auth/session',
      summary: 'The signed-in user, or null (never 401)',
      tag: 'Auth',
      access: 'public',
      response: z.object({ user: z.object({ id: z.string(), email: z.string(), name: z.string(), role: z.enum(ROLES) }).nullable() }),
      handler: async ({ req }) => ({ user: await auth.authenticate(req) }),
    }),
  ];
}
