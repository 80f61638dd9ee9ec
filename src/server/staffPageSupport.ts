// What every staff page route shares: security headers, the session (or a redirect to sign-in), CSRF checks, HTML errors.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'restify';
import { HttpError } from '../errors';
import type { Logger } from '../logger';
import type { StaffSession } from '../staff/sessions';
import { errorPage } from '../staff/pages/errorPage';
import type { PageContext } from '../staff/pages/layout';
import type { Origin } from '../staff/staffRequests';
import { clientAddress, cookieSession, isHttps, readCookie } from './staffAuth';
import type { StaffRouteDeps } from './staffRoutes';

export const PRE_CSRF_COOKIE = 'sw_csrf';

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

export function sendHtml(res: Response, status: number, body: string): void {
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.header(k, v);
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(body);
}

export function redirect(res: Response, location: string, cookies: string[] = []): void {
  if (cookies.length) res.header('Set-Cookie', cookies);
  res.header('Cache-Control', 'no-store');
  res.writeHead(303, { Location: location });
  res.end();
}

export const newCsrf = (): string => randomBytes(24).toString('base64url');

export function sameToken(a: unknown, b: string | undefined): boolean {
  if (typeof a !== 'string' || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function preCsrfCookie(token: string, secure: boolean): string {
  return [`${PRE_CSRF_COOKIE}=${token}`, 'Path=/staff', 'HttpOnly', 'SameSite=Strict', 'Max-Age=3600', ...(secure ? ['Secure'] : [])].join('; ');
}

export const preCsrf = (req: Request): string | undefined => readCookie(req, PRE_CSRF_COOKIE);

export interface PageRequest {
  session: StaffSession;
  ctx: PageContext;
  origin: Origin;
  form: Record<string, unknown>;
}

class SignInNeeded extends Error {}

/**
 * Wraps a page route: no session → redirect to sign-in; a POST without the session's CSRF token → 403;
 * an HttpError → a calm HTML page with its status (a 400 names the field); anything else → 500 without details.
 */
export function page(deps: StaffRouteDeps, logger: Logger, fn: (req: Request, res: Response, p: PageRequest) => Promise<void>) {
  return async (req: Request, res: Response): Promise<void> => {
    const t = deps.texts.t('nl');
    let ctx: PageContext = { t, nav: deps.nav, path: req.path() };
    try {
      const found = await cookieSession(req, deps.services.sessions);
      if (!found) throw new SignInNeeded();
      ctx = { ...ctx, actor: found.session.actor, csrf: found.session.csrf };
      const form = req.method === 'POST' && req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {};
      if (req.method === 'POST' && !sameToken(form._csrf, found.session.csrf)) throw new HttpError(403, 'csrf', t('staff:errors.csrf'));
      delete form._csrf;
      await fn(req, res, { session: found.session, ctx, origin: { via: 'page', address: clientAddress(req, deps.trustProxy) }, form });
    } catch (error) {
      if (error instanceof SignInNeeded) {
        const hadCookie = !!readCookie(req, 'sw_staff');
        return redirect(res, `/staff/sign-in${hadCookie ? '?expired=1' : ''}`);
      }
      if (error instanceof HttpError) {
        const forbidden = error.code === 'csrf' ? error.message
          : error.message.includes('coordinator') ? t('staff:errors.coordinatorOnly')
            : error.message.includes('beheerder') ? t('staff:errors.adminOnly') : t('staff:errors.forbidden');
        const message = error.status === 403 ? forbidden
          : error.status === 404 ? t('staff:errors.notFound')
            : error.status === 400 ? t('staff:errors.badInput', { reason: error.message }) : error.message;
        return sendHtml(res, error.status, errorPage(ctx, message, req.method === 'POST' ? req.path().replace(/\/[a-z]+$/, '') : '/staff'));
      }
      logger.error({ err: { name: (error as Error).name, message: (error as Error).message }, route: req.getRoute?.()?.path }, 'staff page failed');
      sendHtml(res, 500, errorPage(ctx, t('staff:errors.generic')));
    }
  };
}

export { isHttps };
