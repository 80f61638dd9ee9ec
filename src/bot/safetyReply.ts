// The safety answer: which helplines fit the signals and who is chatting, as one message with a "talk to someone" button.
import { ActionTypes, type Activity, CardFactory, MessageFactory } from 'botbuilder';
import type { TFunction } from 'i18next';
import type { Asker } from '../catalogue/types';
import type { SafetySignal, Understanding } from '../understanding/types';

const SUICIDE: SafetySignal[] = ['suicide', 'selfharm'];
const HOME: SafetySignal[] = ['violence', 'abuse', 'neglect', 'sexual', 'threat', 'child_danger'];
const BODY: SafetySignal[] = ['eating', 'medical'];

/** Text keys of the helplines to show, most urgent first. */
export function helplineKeys(understanding: Understanding, asker: Asker | undefined): string[] {
  const signals = new Set(understanding.safetySignals);
  const has = (list: SafetySignal[]) => list.some((s) => signals.has(s));
  const keys: string[] = [];
  if (understanding.safety === 'acute' || signals.has('medical')) keys.push('safety.line112');
  if (has(SUICIDE) || signals.size === 0) keys.push('safety.line113');
  if (has(HOME) || (signals.size === 0 && asker === 'parent')) keys.push('safety.lineVeiligThuis');
  if (has(BODY)) keys.push('safety.lineHuisarts');
  if (asker !== 'parent') keys.push('safety.lineKindertelefoon');
  return keys;
}

export function safetyMessage(understanding: Understanding, asker: Asker | undefined, t: TFunction, withCards: boolean): Partial<Activity> {
  const title = t(understanding.safety === 'acute' ? 'safety.acuteTitle' : 'safety.concernTitle');
  const lines = helplineKeys(understanding, asker).map((key) => `- ${t(key)}`);
  const text = [`**${title}**`, ...lines].join('\n');
  if (!withCards) return MessageFactory.text(`${text}\n\n${t('safety.offer')}`);
  const talk = t('choice.talkToSomeone');
  const offer = CardFactory.heroCard('', t('safety.offer'), undefined, [{ type: ActionTypes.ImBack, title: talk, value: talk }]);
  return MessageFactory.attachment(offer, text);
}
