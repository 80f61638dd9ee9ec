// The one layout of the staff pages: skip link, header with navigation and sign-out (a POST with the CSRF token), main.
import type { TFunction } from 'i18next';
import type { StaffActor } from '../actor';
import { type Html, html } from './html';
import type { StaffNav } from './nav';

export interface PageContext {
  t: TFunction;
  nav: StaffNav;
  /** Absent on the sign-in page. */
  actor?: StaffActor;
  csrf?: string;
  /** The current path, to mark the nav entry. */
  path: string;
}

export function layout(ctx: PageContext, title: string, body: Html): string {
  const { t } = ctx;
  const navigation = ctx.actor
    ? html`<nav aria-label="${t('staff:nav.label')}"><ul>${ctx.nav.for(ctx.actor.role).map((e) => html`<li><a href="${e.href}"${ctx.path === e.href ? html` aria-current="page"` : ''}>${t(e.labelKey)}</a></li>`)}</ul></nav>
      <div class="me"><span>${t('staff:nav.signedInAs', { name: ctx.actor.name })}</span>
        <form method="post" action="/staff/sign-out"><input type="hidden" name="_csrf" value="${ctx.csrf}"><button type="submit">${t('staff:nav.signOut')}</button></form></div>`
    : '';
  return `<!doctype html>${html`<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${t('staff:title')}</title><link rel="stylesheet" href="/staff/staff.css"></head>
<body><a class="skip" href="#main">${t('staff:skip')}</a>
<header><a class="brand" href="/staff">${t('staff:title')}</a>${navigation}</header>
<main id="main" tabindex="-1"><h1>${title}</h1>${body}</main></body></html>`}`;
}

export function flash(message: string | undefined, warn = false): Html {
  return message ? html`<p class="flash${warn ? ' warn' : ''}" role="status">${message}</p>` : html``;
}
