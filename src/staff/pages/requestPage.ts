// One request: the story in the user's own words and everything else staff need, the notes, and the actions as plain forms.
import type { WijTeam } from '../../catalogue/types';
import { OPEN_FOR_STATUS, STAFF_STATUSES } from '../../requests/requestStatus';
import type { Note } from '../../requests/requestWorkflow';
import type { StoredRequest } from '../../requests/storedRequest';
import { isCoordinator } from '../actor';
import { ageText, formatDateTime } from './format';
import { type Html, html, options } from './html';
import { flash, layout, type PageContext } from './layout';

export interface RequestPageData {
  request: StoredRequest;
  notes: Note[];
  teams: WijTeam[];
  message?: { text: string; warn?: boolean };
}

const fact = (label: string, value: Html | string | number | undefined, fallback: string) =>
  html`<dt>${label}</dt><dd>${value === undefined || value === '' ? fallback : value}</dd>`;

export function requestPage(ctx: PageContext, data: RequestPageData): string {
  const { t } = ctx;
  const { request: r, notes } = data;
  const d = r.draft;
  const none = t('staff:request.none');
  const teamName = data.teams.find((team) => team.id === r.teamId)?.name ?? r.teamId;
  const action = (path: string) => `/staff/requests/${r.reference}/${path}`;
  const csrf = html`<input type="hidden" name="_csrf" value="${ctx.csrf}">`;
  const coordinator = ctx.actor !== undefined && isCoordinator(ctx.actor);
  return layout(ctx, t('staff:request.title', { reference: r.reference }), html`
    <p><a href="/staff">${t('staff:request.back')}</a></p>
    ${flash(data.message?.text, data.message?.warn)}
    ${r.urgent ? html`<div class="panel flash warn"><strong>${t('staff:request.urgent')}</strong>${d.urgentReason ? html`. ${t('staff:request.urgentWhy')}: ${d.urgentReason}` : ''}</div>` : ''}
    <section class="panel" aria-labelledby="story"><h2 id="story">${t('staff:request.story')}</h2><p class="story">${d.about}</p></section>
    <section class="panel" aria-labelledby="details"><h2 id="details">${t('staff:request.details')}</h2><dl class="facts">
      ${fact(t('staff:request.status'), html`<span class="badge">${t(`staff:status.${r.status}`)}</span>`, none)}
      ${r.claimedBy ? fact(t('staff:request.claimedBy'), r.claimedBy.name, none) : ''}
      ${r.referralReason ? fact(t('staff:request.referralReason'), r.referralReason, none) : ''}
      ${fact(t('staff:request.team'), teamName, none)}
      ${fact(t('staff:request.topics'), d.topics.map((topic) => t(`topics:${topic}.label`, { defaultValue: topic })).join(', '), none)}
      ${fact(t('staff:request.scale'), d.scale, none)}
      ${fact(t('staff:request.age'), ageText(t, d.age), none)}
      ${fact(t('staff:request.asker'), t(`staff:asker.${d.asker}`), none)}
      ${fact(t('staff:request.postcode'), d.postcode, none)}
      ${fact(t('staff:request.filedAt'), formatDateTime(r.createdAt), none)}
      ${fact(t('staff:request.channel'), d.channel, none)}
    </dl></section>
    <section class="panel" aria-labelledby="shown"><h2 id="shown">${t('staff:request.shown')}</h2>
      ${d.shownOfferings?.length ? html`<ul>${d.shownOfferings.map((o) => html`<li>${o.title}</li>`)}</ul>` : html`<p>${t('staff:request.shownNone')}</p>`}</section>
    <section class="panel" aria-labelledby="contact"><h2 id="contact">${t('staff:request.contact')}</h2><dl class="facts">
      ${fact(t('staff:request.name'), d.firstName, none)}
      ${fact(t('staff:request.phone'), d.phone ? html`<a href="tel:${d.phone}">${d.phone}</a>` : undefined, none)}
      ${fact(t('staff:request.email'), d.email ? html`<a href="mailto:${d.email}">${d.email}</a>` : undefined, none)}
      ${fact(t('staff:request.whenToCall'), d.whenToCall?.text, none)}
    </dl></section>
    <section class="panel" aria-labelledby="actions"><h2 id="actions">${t('staff:actions.title')}</h2>
      ${r.status === 'new' ? html`<form method="post" action="${action('claim')}">${csrf}
        <p class="hint" id="claim-hint">${t('staff:actions.claimHint')}</p>
        <button class="primary" type="submit" aria-describedby="claim-hint">${t('staff:actions.claim')}</button></form>` : ''}
      ${OPEN_FOR_STATUS.includes(r.status) ? html`<h3>${t('staff:actions.setStatus')}</h3><form method="post" action="${action('status')}">${csrf}
        <div class="field"><label for="status">${t('staff:actions.newStatus')}</label>
          <select id="status" name="status">${options(STAFF_STATUSES.map((s) => [s, t(`staff:status.${s}`)]), r.status === 'claimed' ? 'in_contact' : 'closed')}</select></div>
        <div class="field"><label for="reason">${t('staff:actions.reason')}</label><input id="reason" name="reason" maxlength="500"></div>
        <button class="primary" type="submit">${t('staff:actions.saveStatus')}</button></form>` : ''}
      <h3>${t('staff:actions.noteTitle')}</h3><form method="post" action="${action('notes')}">${csrf}
        <div class="field"><label for="note">${t('staff:actions.note')}</label><textarea id="note" name="text" maxlength="4000" required></textarea></div>
        <button class="secondary" type="submit">${t('staff:actions.addNote')}</button></form>
      ${coordinator && !['closed', 'referred', 'withdrawn'].includes(r.status) ? html`<h3>${t('staff:actions.reassign')}</h3><form method="post" action="${action('reassign')}">${csrf}
        <div class="field"><label for="team">${t('staff:actions.toTeam')}</label>
          <select id="team" name="team">${options(data.teams.filter((team) => team.id !== r.teamId).map((team) => [team.id, team.name]), undefined)}</select></div>
        <button class="secondary" type="submit">${t('staff:actions.reassignSubmit')}</button></form>` : ''}
      ${coordinator ? html`<p><a href="${action('export')}" download>${t('staff:actions.export')}</a></p>` : ''}
    </section>
    <section class="panel" aria-labelledby="notes"><h2 id="notes">${t('staff:request.notes')}</h2>
      ${notes.length ? html`<ul class="notes">${notes.map((n) => html`<li><p class="hint">${t('staff:request.noteBy', { name: n.authorName, when: formatDateTime(n.createdAt) })}</p><p class="story">${n.text}</p></li>`)}</ul>` : html`<p>${t('staff:request.notesNone')}</p>`}
    </section>`);
}
