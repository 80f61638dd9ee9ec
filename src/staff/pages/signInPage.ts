// The sign-in page: e-mail and password (a form that works without JavaScript), and the work-account button when OIDC is on.
import { flash, layout, type PageContext } from './layout';
import { html } from './html';

export function signInPage(ctx: PageContext, options: { csrf: string; message?: string; warn?: boolean; email?: string; sso: boolean }): string {
  const { t } = ctx;
  return layout(ctx, t('staff:signIn.title'), html`
    ${flash(options.message, options.warn)}
    <div class="panel">
      ${options.sso ? html`<p><a class="button" href="/staff/oidc/start">${t('staff:signIn.sso')}</a></p><h2>${t('staff:signIn.or')}</h2>` : ''}
      <p>${t('staff:signIn.intro')}</p>
      <form method="post" action="/staff/sign-in">
        <input type="hidden" name="_csrf" value="${options.csrf}">
        <div class="field"><label for="email">${t('staff:signIn.email')}</label>
          <input id="email" name="email" type="email" autocomplete="username" required value="${options.email ?? ''}"></div>
        <div class="field"><label for="password">${t('staff:signIn.password')}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required></div>
        <button class="primary" type="submit">${t('staff:signIn.submit')}</button>
      </form>
    </div>`);
}
