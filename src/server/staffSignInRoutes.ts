// Staff sign-in and sign-out pages: the password form (CSRF double-submit before a session exists), the session cookie.
import type { Request, Server } from 'restify';
import type { Logger } from '../logger';
import { signInPage } from '../staff/pages/signInPage';
import { STAFF_CSS } from '../staff/pages/styles';
import { clientAddress, cookieSession, isHttps, SESSION_COOKIE, sessionCookie } from './staffAuth';
import { newCsrf, preCsrf, preCsrfCookie, redirect, sameToken, sendHtml } from './staffPageSupport';
import type { StaffRouteDeps } from './staffRoutes';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export function addStaffSignInRoutes(server: Server, deps: StaffRouteDeps, logger: Logger): void {
  const t = deps.texts.t('nl');
  const secure = (req: Request) => isHttps(req, deps.trustProxy);
  const ctx = (req: Request) => ({ t, nav: deps.nav, path: req.path() });
  const showForm = (req: Request, res: Parameters<typeof sendHtml>[0], status: number, extra: { message?: string; warn?: boolean; email?: string }) => {
    const csrf = newCsrf();
    res.header('Set-Cookie', preCsrfCookie(csrf, secure(req)));
    sendHtml(res, status, signInPage(ctx(req), { csrf, sso: !!deps.oidc, ...extra }));
  };

  server.get('/staff/staff.css', async (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'max-age=3600' });
    res.end(STAFF_CSS);
  });

  server.get('/staff/sign-in', async (req, res) => {
    try {
      if (await cookieSession(req, deps.services.sessions)) return redirect(res, '/staff');
      const q = (req.query ?? {}) as Record<string, string>;
      const message = q.expired ? t('staff:signIn.expired') : q.out ? t('staff:signIn.signedOut') : q.sso === 'failed' ? t('staff:signIn.ssoFailed') : q.sso === 'norole' ? t('staff:signIn.ssoNoRole') : undefined;
      showForm(req, res, 200, { message, warn: !!(q.expired || q.sso) });
    } catch (error) {
      logger.error({ err: { message: (error as Error).message } }, 'sign-in page failed');
      sendHtml(res, 500, t('staff:errors.generic'));
    }
  });

  server.post('/staff/sign-in', async (req, res) => {
    try {
      const form = (req.body && typeof req.body === 'object' ? req.body : {}) as Record<string, unknown>;
      if (!sameToken(form._csrf, preCsrf(req))) return showForm(req, res, 403, { message: t('staff:errors.csrf'), warn: true });
      const email = text(form.email).slice(0, 200);
      const result = await deps.services.signIn.signIn(email, text(form.password).slice(0, 500), clientAddress(req, deps.trustProxy));
      if (!result.ok) {
        if (result.reason === 'throttled') deps.metrics?.rateLimited.inc({ route: 'signin' });
        return showForm(req, res, result.reason === 'throttled' ? 429 : 401, { message: t(`staff:signIn.${result.reason}`), warn: true, email });
      }
      const { token } = await deps.services.sessions.create(result.actor);
      redirect(res, '/staff', [sessionCookie(token, Math.round(deps.sessionHours * 3600), secure(req)), preCsrfCookie('', secure(req)).replace('Max-Age=3600', 'Max-Age=0')]);
    } catch (error) {
      logger.error({ err: { message: (error as Error).message } }, 'sign-in failed');
      sendHtml(res, 500, t('staff:errors.generic'));
    }
  });

  server.post('/staff/sign-out', async (req, res) => {
    try {
      const found = await cookieSession(req, deps.services.sessions);
      const form = (req.body && typeof req.body === 'object' ? req.body : {}) as Record<string, unknown>;
      if (found && sameToken(form._csrf, found.session.csrf)) {
        await deps.services.sessions.destroy(found.token);
        await deps.services.audit.write({ actorId: found.session.actor.id, actor: found.session.actor.name, via: 'page', address: clientAddress(req, deps.trustProxy), action: 'signout' });
      } else if (found) {
        return sendHtml(res, 403, t('staff:errors.csrf'));
      }
      redirect(res, '/staff/sign-in?out=1', [`${SESSION_COOKIE}=; Path=/staff; HttpOnly; SameSite=Strict; Max-Age=0${secure(req) ? '; Secure' : ''}`]);
    } catch (error) {
      logger.error({ err: { message: (error as Error).message } }, 'sign-out failed');
      sendHtml(res, 500, t('staff:errors.generic'));
    }
  });
}
