// The texts of the mails about a request (new request, escalation) and the daily digest, from the delivery locale namespace.
import type { TFunction } from 'i18next';
import type { OutboxEntry } from '../outboxRepository';
import type { DeliveryJob } from '../types';

export const staffLink = (publicUrl: string, reference: string): string =>
  `${publicUrl.replace(/\/$/, '')}/staff/requests/${encodeURIComponent(reference)}`;

export const topicList = (t: TFunction, topics: readonly string[]): string => topics.map((topic) => t(`topics:${topic}.label`)).join(', ');

/** The mail to the team: reference, team, urgency, topics and the link; the summary only when asked for. */
export function newRequestMail(t: TFunction, job: DeliveryJob, publicUrl: string, includeDetails: boolean): { subject: string; text: string } {
  const { request } = job;
  const team = job.team?.name ?? request.teamId;
  const vars = { reference: request.reference, team };
  const lines = [
    t('delivery:mail.intro', vars),
    '',
    t('delivery:mail.reference', vars),
    request.urgent ? t('delivery:mail.urgentYes') : t('delivery:mail.urgentNo'),
    t('delivery:mail.topics', { topics: topicList(t, request.draft.topics) }),
    '',
    t('delivery:mail.link', { link: staffLink(publicUrl, request.reference) }),
    '',
  ];
  if (includeDetails) {
    lines.push(t('delivery:mail.detailsTitle'), request.draft.about);
    if (request.draft.age !== undefined) lines.push(t('delivery:mail.age', { age: request.draft.age }));
    if (request.draft.scale !== undefined) lines.push(t('delivery:mail.scale', { scale: request.draft.scale }));
  } else {
    lines.push(t('delivery:mail.noDetails'));
  }
  lines.push('', t('delivery:mail.footer'));
  return { subject: t(request.urgent ? 'delivery:mail.subjectUrgent' : 'delivery:mail.subject', vars), text: lines.join('\n') };
}

export function escalationMail(t: TFunction, job: DeliveryJob, publicUrl: string, minutes: number): { subject: string; text: string } {
  const vars = { reference: job.request.reference, team: job.team?.name ?? job.request.teamId, minutes };
  return {
    subject: t('delivery:escalation.subject', vars),
    text: [
      t('delivery:escalation.intro', vars), '', t('delivery:mail.reference', vars),
      t('delivery:mail.topics', { topics: topicList(t, job.request.draft.topics) }), '',
      t('delivery:mail.link', { link: staffLink(publicUrl, job.request.reference) }), '', t('delivery:escalation.ask'), '', t('delivery:mail.footer'),
    ].join('\n'),
  };
}

export function digestMail(t: TFunction, failed: readonly OutboxEntry[], teamName: (id: string) => string): { subject: string; text: string } {
  return {
    subject: t('delivery:digest.subject', { count: failed.length }),
    text: [
      t('delivery:digest.intro'), '',
      ...failed.map((f) => `- ${t('delivery:digest.line', { reference: f.reference, team: teamName(f.teamId), backend: f.backend, error: f.lastError ?? '' })}`),
      '', t('delivery:digest.safe'), t('delivery:digest.retry'), '', t('delivery:mail.footer'),
    ].join('\n'),
  };
}
