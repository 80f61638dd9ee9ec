// The Adaptive Card for a request in a team's channel: reference, urgency, topics, age band, waiting time and "Oppakken".
import type { TFunction } from 'i18next';
import { staffLink, topicList } from '../mail/requestMail';
import type { DeliveryRequest } from '../types';

export const CLAIM_VERB = 'claim';

const BANDS: Array<[number, number]> = [[0, 4], [5, 11], [12, 17], [18, 23]];

export function ageBand(t: TFunction, age: number | undefined): string {
  if (age === undefined) return t('delivery:age.unknown');
  const band = BANDS.find(([from, to]) => age >= from && age <= to);
  return band ? t('delivery:age.band', { from: band[0], to: band[1] }) : t('delivery:age.older', { from: 24 });
}

export function waitingTime(t: TFunction, since: Date, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
  if (minutes < 60) return t('delivery:wait.minutes', { count: minutes });
  if (minutes < 48 * 60) return t('delivery:wait.hours', { count: Math.floor(minutes / 60) });
  return t('delivery:wait.days', { count: Math.floor(minutes / (24 * 60)) });
}

/** The card as Adaptive Card 1.4 JSON; once claimed it names who has it and the button is gone. */
export function requestCard(t: TFunction, request: DeliveryRequest, options: { now: Date; publicUrl: string; claimedBy?: string }): Record<string, unknown> {
  const title = t(request.urgent ? 'delivery:card.titleUrgent' : 'delivery:card.title', { reference: request.reference });
  const body: Record<string, unknown>[] = [
    { type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true, color: request.urgent ? 'Attention' : 'Default' },
    {
      type: 'FactSet',
      facts: [
        { title: t('delivery:card.urgency'), value: request.urgent ? t('delivery:card.urgencyYes') : t('delivery:card.urgencyNo') },
        { title: t('delivery:card.topics'), value: topicList(t, request.draft.topics) },
        { title: t('delivery:card.ageBand'), value: ageBand(t, request.draft.age) },
        { title: t('delivery:card.waiting'), value: waitingTime(t, new Date(request.createdAt), options.now) },
      ],
    },
  ];
  if (options.claimedBy) body.push({ type: 'TextBlock', text: t('delivery:card.claimedBy', { name: options.claimedBy }), wrap: true, color: 'Good', weight: 'Bolder' });
  const actions: Record<string, unknown>[] = [];
  if (!options.claimedBy) {
    actions.push({ type: 'Action.Execute', title: t('delivery:card.claim'), verb: CLAIM_VERB, data: { requestId: request.id, reference: request.reference } });
  }
  actions.push({ type: 'Action.OpenUrl', title: t('delivery:card.open'), url: staffLink(options.publicUrl, request.reference) });
  return { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.4', body, actions };
}
