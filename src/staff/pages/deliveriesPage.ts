// "Bezorging" for coordinators: deliveries that failed or still wait, with "Opnieuw proberen"; the request itself is safe in the queue all along.
import type { OutboxEntry } from '../../delivery/outboxRepository';
import { formatDateTime } from './format';
import { html } from './html';
import { flash, layout, type PageContext } from './layout';

export function deliveriesPage(ctx: PageContext, status: 'failed' | 'pending', entries: OutboxEntry[], notice?: string): string {
  const { t } = ctx;
  const tab = (value: 'failed' | 'pending') =>
    html`<a href="/staff/deliveries?status=${value}" ${value === status ? html`aria-current="page"` : ''}>${t(`staff:deliveries.${value}`)}</a>`;
  return layout(ctx, t('staff:deliveries.title'), html`
    <p>${t('staff:deliveries.intro')}</p>
    <nav class="panel inline" aria-label="${t('staff:deliveries.filter')}">${tab('failed')} ${tab('pending')}</nav>
    ${flash(notice)}
    ${entries.length === 0 ? flash(t('staff:deliveries.empty')) : html`<div class="scroll" role="region" aria-label="${t('staff:deliveries.tableLabel')}" tabindex="0"><table>
      <thead><tr><th scope="col">${t('staff:deliveries.reference')}</th><th scope="col">${t('staff:deliveries.team')}</th><th scope="col">${t('staff:deliveries.backend')}</th>
        <th scope="col">${t('staff:deliveries.attempts')}</th><th scope="col">${t('staff:deliveries.next')}</th><th scope="col">${t('staff:deliveries.error')}</th><th scope="col">${t('staff:deliveries.action')}</th></tr></thead>
      <tbody>${entries.map((e) => html`<tr><td><a href="/staff/requests/${e.reference}">${e.reference}</a>${e.urgent ? html` <strong>${t('staff:deliveries.urgent')}</strong>` : ''}</td>
        <td>${e.teamId}</td><td>${e.backend}</td><td>${String(e.attempts)}</td><td>${formatDateTime(e.nextAttemptAt)}</td><td>${e.lastError ?? ''}</td>
        <td><form method="post" action="/staff/deliveries/${String(e.id)}/retry"><input type="hidden" name="_csrf" value="${ctx.csrf ?? ''}">
          <button type="submit" class="secondary">${t('staff:deliveries.retry')}</button></form></td></tr>`)}</tbody>
    </table></div>`}`);
}
