// Single sign-on routes: /staff/oidc/start sends the browser to the provider, /staff/oidc/callback signs the person in.
import type { Request, Server } from 'restify';
import type { Logger } from '../logger';
import { html } from '../staff/pages/html';
import { layout } from '../staff/pages/layout';
import { clientAddress, isHttps, readCookie, sessionCookie } from './staffAuth';
import { redirect, sendHtml } from './staffPageSupport';
import type { StaffRouteDeps } from './staffRoutes';

const PENDING_COOKIE = 'sw_oidc';

export function addStaffOidcRoutes(server: Server, deps: StaffRouteDeps, logger: Logger): void {
  const oidc = deps.oidc;
  if (!oidc) return;
  const t = deps.texts.t('nl');
  // Lax, not Strict: the provider sends the browser back with a cross-site redirect, which must carry this cookie.
  const pendingCookie = (req: Request, value: string, maxAge: number) =>
    [`${PENDING_COOKIE}=${value}`, 'Path=/staff/oidc', 'HttpOnly', 'SameSite=Lax', `Max-Age=${maxAge}`, ...(isHttps(req, deps.trustProxy) ? ['Secure'] : [])].join('; ');

  server.get('/staff/oidc/start', async (req, res) => {
    try {
      const { url, sealed } = await oidc.start();
      redirect(res, url, [pendingCookie(req, encodeURIComponent(sealed), 600)]);
    } catch (error) {
      logger.error({ err: { message: (error as Error).message } }, 'OIDC start failed');
      redirect(res, '/staff/sign-in?sso=failed');
    }
  });

  server.get('/staff/oidc/callback', async (req, res) => {
    try {
      const query = req.getQuery() as unknown as string;
      const result = await oidc.finish(typeof query === 'string' ? query : '', readCookie(req, PENDING_COOKIE), clientAddress(req, deps.trustProxy));
      if (!result.ok) return redirect(res, `/staff/sign-in?sso=${result.reason}`, [pendingCookie(req, '', 0)]);
      const { token } = await deps.services.sessions.create(result.actor);
      res.header('Set-Cookie', [sessionCookie(token, Math.round(deps.sessionHours * 3600), isHttps(req, deps.trustProxy)), pendingCookie(req, '', 0)]);
      // The session cookie is SameSite=Strict: a redirect at the end of the provider's cross-site chain would not carry it,
      // so this page moves on to the queue itself (a same-site navigation).
      sendHtml(res, 200, layout({ t, nav: deps.nav, path: req.path() }, t('staff:signIn.title'), html`<meta http-equiv="refresh" content="0; url=/staff">
        <p><a href="/staff">${t('staff:nav.queue')}</a></p>`));
    } catch (error) {
      logger.error({ err: { message: (error as Error).message } }, 'OIDC callback failed');
      redirect(res, '/staff/sign-in?sso=failed');
    }
  });
}
