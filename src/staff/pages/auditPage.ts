// The audit log for coordinators: filters (reference, action, dates) and the lines, newest first.
import type { AuditRecord } from '../../requests/auditLog';
import { formatDateTime } from './format';
import { html } from './html';
import { flash, layout, type PageContext } from './layout';

export interface AuditPageFilter {
  reference?: string;
  action?: string;
  since?: string;
  until?: string;
}

export function auditPage(ctx: PageContext, entries: AuditRecord[], filter: AuditPageFilter): string {
  const { t } = ctx;
  const input = (name: keyof AuditPageFilter, label: string, type = 'text') =>
    html`<div class="field"><label for="a-${name}">${label}</label><input id="a-${name}" name="${name}" type="${type}" value="${filter[name] ?? ''}"></div>`;
  const detail = (e: AuditRecord) => Object.entries(e.detail ?? {}).map(([k, v]) => `${k}=${String(v)}`).join(' ');
  return layout(ctx, t('staff:audit.title'), html`
    <p>${t('staff:audit.intro')}</p>
    <form method="get" action="/staff/audit" class="panel inline">
      ${input('reference', t('staff:audit.reference'))}${input('action', t('staff:audit.action'))}
      ${input('since', t('staff:audit.since'), 'date')}${input('until', t('staff:audit.until'), 'date')}
      <button class="secondary" type="submit">${t('staff:audit.apply')}</button>
    </form>
    ${entries.length === 0 ? flash(t('staff:audit.empty')) : html`<div class="scroll" role="region" aria-label="${t('staff:audit.tableLabel')}" tabindex="0"><table>
      <thead><tr><th scope="col">${t('staff:audit.when')}</th><th scope="col">${t('staff:audit.who')}</th><th scope="col">${t('staff:audit.what')}</th>
        <th scope="col">${t('staff:audit.reference')}</th><th scope="col">${t('staff:audit.via')}</th><th scope="col">${t('staff:audit.where')}</th></tr></thead>
      <tbody>${entries.map((e) => html`<tr><td>${formatDateTime(e.at)}</td><td>${e.actor}</td><td>${e.action} ${detail(e)}</td>
        <td>${e.reference ? html`<a href="/staff/audit?reference=${e.reference}">${e.reference}</a>` : ''}</td><td>${e.via}</td><td>${e.address ?? ''}</td></tr>`)}</tbody>
    </table></div>`}`);
}
