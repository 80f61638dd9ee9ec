// Accounts for the beheerder: who has an account (role, teams, active), add a person with a first password, disable one.
import type { WijTeam } from '../../catalogue/types';
import { ROLES, type StaffActor } from '../actor';
import { html, options } from './html';
import { flash, layout, type PageContext } from './layout';

export function accountsPage(ctx: PageContext, data: { accounts: StaffActor[]; teams: WijTeam[]; retentionDays: number; message?: string }): string {
  const { t } = ctx;
  const csrf = html`<input type="hidden" name="_csrf" value="${ctx.csrf}">`;
  return layout(ctx, t('staff:accounts.title'), html`
    ${flash(data.message)}
    <p>${t('staff:accounts.retention', { days: data.retentionDays })}</p>
    <div class="scroll" role="region" aria-label="${t('staff:accounts.tableLabel')}" tabindex="0"><table>
      <thead><tr><th scope="col">${t('staff:accounts.name')}</th><th scope="col">${t('staff:accounts.email')}</th><th scope="col">${t('staff:accounts.role')}</th>
        <th scope="col">${t('staff:accounts.teams')}</th><th scope="col">${t('staff:accounts.state')}</th></tr></thead>
      <tbody>${data.accounts.map((a) => html`<tr><td>${a.name}</td><td>${a.email}</td><td>${a.role}</td><td>${a.teams.join(', ')}</td>
        <td>${a.disabled ? t('staff:accounts.disabled') : html`<form method="post" action="/staff/accounts/disable">${csrf}<input type="hidden" name="email" value="${a.email}">
          <button class="secondary" type="submit" aria-label="${t('staff:accounts.disableOne', { name: a.name })}">${t('staff:accounts.disable')}</button></form>`}</td></tr>`)}</tbody>
    </table></div>
    <h2>${t('staff:accounts.add')}</h2>
    <form method="post" action="/staff/accounts" class="panel">${csrf}
      <div class="field"><label for="acc-name">${t('staff:accounts.name')}</label><input id="acc-name" name="name" required maxlength="100"></div>
      <div class="field"><label for="acc-email">${t('staff:accounts.email')}</label><input id="acc-email" name="email" type="email" required maxlength="200"></div>
      <div class="field"><label for="acc-role">${t('staff:accounts.role')}</label><select id="acc-role" name="role">${options(ROLES.map((r) => [r, r]), 'medewerker')}</select></div>
      <div class="field"><label for="acc-team">${t('staff:accounts.teams')}</label><select id="acc-team" name="team" multiple size="5">${options(data.teams.map((team) => [team.id, team.name]), undefined)}</select></div>
      <div class="field"><label for="acc-password">${t('staff:accounts.password')}</label><input id="acc-password" name="password" type="password" autocomplete="new-password" minlength="12" required aria-describedby="acc-password-hint">
        <p class="hint" id="acc-password-hint">${t('staff:accounts.passwordHint')}</p></div>
      <button class="primary" type="submit">${t('staff:accounts.addSubmit')}</button>
    </form>`);
}
