// The queue: filters (status, topic, age band, team), search by reference, and the requests, urgent first then oldest.
import type { WijTeam } from '../../catalogue/types';
import { AGE_BANDS, REQUEST_STATUSES } from '../../requests/requestStatus';
import type { StoredRequest } from '../../requests/storedRequest';
import { TOPICS } from '../../understanding/types';
import { ageText, waitingTime } from './format';
import { html, options } from './html';
import { flash, layout, type PageContext } from './layout';

export interface QueueFilter {
  team?: string;
  status?: string;
  topic?: string;
  age?: string;
}

export function queuePage(ctx: PageContext, data: { requests: StoredRequest[]; teams: WijTeam[]; filter: QueueFilter; now: Date; search?: { value: string; message: string } }): string {
  const { t } = ctx;
  const teamName = (id: string) => data.teams.find((team) => team.id === id)?.name ?? id;
  const all: [string, string] = ['', t('staff:queue.all')];
  const f = data.filter;
  const select = (name: string, label: string, items: Array<[string, string]>, current?: string) =>
    html`<div class="field"><label for="f-${name}">${label}</label><select id="f-${name}" name="${name}">${options([all, ...items], current ?? '')}</select></div>`;
  const teamChoices = data.teams.filter((team) => !ctx.actor || ctx.actor.role === 'coordinator' || ctx.actor.teams.includes('*') || ctx.actor.teams.includes(team.id));
  return layout(ctx, t('staff:queue.title'), html`
    <div class="panel">
      <form method="get" action="/staff/search" class="inline" role="search">
        <div class="field"><label for="ref">${t('staff:search.label')}</label>
          <input id="ref" name="reference" autocomplete="off" aria-describedby="ref-hint${data.search ? ' ref-msg' : ''}" value="${data.search?.value ?? ''}">
          <p class="hint" id="ref-hint">${t('staff:search.hint')}</p></div>
        <button class="primary" type="submit">${t('staff:search.submit')}</button>
      </form>
      ${data.search ? html`<p class="flash warn" id="ref-msg" role="alert">${data.search.message}</p>` : ''}
    </div>
    <form method="get" action="/staff" class="panel inline" aria-label="${t('staff:queue.filters')}">
      ${teamChoices.length > 1 ? select('team', t('staff:queue.team'), teamChoices.map((team) => [team.id, team.name]), f.team) : ''}
      ${select('status', t('staff:queue.status'), REQUEST_STATUSES.map((s) => [s, t(`staff:status.${s}`)]), f.status)}
      ${select('topic', t('staff:queue.topic'), TOPICS.map((topic) => [topic, t(`topics:${topic}.label`, { defaultValue: topic })]), f.topic)}
      ${select('age', t('staff:queue.age'), Object.keys(AGE_BANDS).map((band) => [band, t(`staff:ageBand.${band}`)]), f.age)}
      <button class="secondary" type="submit">${t('staff:queue.apply')}</button>
    </form>
    <p>${t('staff:queue.intro')}</p>
    ${data.requests.length === 0 ? flash(t('staff:queue.empty')) : html`<ol class="queue" aria-label="${t('staff:queue.listLabel')}">${data.requests.map((r) => html`
      <li class="${r.urgent ? 'urgent' : ''}">
        <h2><a href="/staff/requests/${r.reference}">${r.reference}</a> ${r.urgent ? html`<span class="badge urgent">${t('staff:request.urgent')}</span>` : ''}
          <span class="badge">${t(`staff:status.${r.status}`)}</span></h2>
        <ul class="meta">
          <li>${teamName(r.teamId)}</li>
          <li>${r.draft.topics.map((topic) => t(`topics:${topic}.label`, { defaultValue: topic })).join(', ')}</li>
          <li>${ageText(t, r.draft.age)}</li>
          <li>${t(`staff:asker.${r.draft.asker}`)}</li>
          <li>${t('staff:queue.waiting', { time: waitingTime(t, r.createdAt, data.now) })}</li>
          ${r.claimedBy ? html`<li>${t('staff:queue.claimedBy', { name: r.claimedBy.name })}</li>` : ''}
        </ul>
      </li>`)}</ol>`}`);
}
