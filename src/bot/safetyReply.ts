// The safety answers: helplines that fit the signals and who is chatting, and the direct check-in question when a layer is unsure.
import { ActionTypes, type Activity, type CardAction, CardFactory, MessageFactory } from 'botbuilder';
import type { TFunction } from 'i18next';
import type { Asker } from '../catalogue/types';
import type { Language, SafetySignal, Understanding } from '../understanding/types';
import { type Helpline, type HelplineId, type Helplines, telUrl } from './helplines';

const SUICIDE: SafetySignal[] = ['suicide', 'selfharm'];
const HOME: SafetySignal[] = ['violence', 'abuse', 'neglect', 'threat', 'child_danger'];
const BODY: SafetySignal[] = ['eating', 'medical'];

/** The helplines to show, most urgent first. */
export function helplineIds(understanding: Pick<Understanding, 'safety' | 'safetySignals'>, asker: Asker | undefined): HelplineId[] {
  const signals = new Set(understanding.safetySignals);
  const has = (list: SafetySignal[]) => list.some((s) => signals.has(s));
  const ids: HelplineId[] = [];
  // 112 is in every safety answer: a concern can turn out to be danger now.
  ids.push('emergency');
  if (has(SUICIDE) || signals.size === 0) ids.push('suicidePrevention');
  if (signals.has('online_sexual')) ids.push('onlineAbuse');
  else if (signals.has('sexual')) ids.push('sexualViolence');
  if (has(HOME) || (signals.has('sexual') && asker === 'parent') || (signals.size === 0 && asker === 'parent')) ids.push('veiligThuis');
  if (has(BODY)) ids.push('gp');
  if (asker !== 'parent') ids.push('kindertelefoon');
  return ids;
}

const host = (url: string | undefined) => (url ? new URL(url).host.replace(/^www\./, '') : '');

/** One helpline as a sentence in the user's language, with "day and night" only where the helpline says so. */
export function helplineText(line: Helpline, t: TFunction, language: Language): string {
  const text = t(`safety.lines.${line.id}`, { phone: line.phone, freePhone: line.freePhone, chatHost: host(line.chat) });
  if (line.hours === 'always') return `${text} ${t('safety.dayAndNight')}`;
  if (line.hours) return `${text} ${t('safety.openHours', { hours: line.hours[language] })}`;
  return text;
}

/** tel: and chat buttons for a card (Teams, Web Chat), at most `max`. */
export function helplineActions(lines: Helpline[], max = 4): CardAction[] {
  const actions: CardAction[] = [];
  for (const line of lines) {
    const number = line.phone ?? line.freePhone;
    if (number) actions.push({ type: ActionTypes.OpenUrl, title: `${line.name === number ? '' : `${line.name} `}${number}`.trim(), value: telUrl(number) });
    else if (line.chat) actions.push({ type: ActionTypes.OpenUrl, title: line.name, value: line.chat });
  }
  return actions.slice(0, max);
}

export interface SafetyReplyOptions {
  helplines: Helplines;
  t: TFunction;
  language: Language;
  withCards: boolean;
}

export function safetyMessage(understanding: Pick<Understanding, 'safety' | 'safetySignals'>, asker: Asker | undefined, options: SafetyReplyOptions): Partial<Activity> {
  const { t, helplines, language } = options;
  const title = t(understanding.safety === 'acute' ? 'safety.acuteTitle' : 'safety.concernTitle');
  const lines = helplineIds(understanding, asker).map((id) => helplines.get(id));
  const text = [`**${title}**`, ...lines.map((line) => `- ${helplineText(line, t, language)}`)].join('\n');
  if (!options.withCards) return MessageFactory.text(`${text}\n\n${t('safety.offer')}`);
  const talk = t('choice.talkToSomeone');
  const actions = [...helplineActions(lines, 3), { type: ActionTypes.ImBack, title: talk, value: talk }];
  return MessageFactory.attachment(CardFactory.heroCard('', t('safety.offer'), undefined, actions), text);
}

/** The direct question when a layer sees risk it cannot place: 112 and 113 in the same message, and Ja / Nee / Weet ik niet. */
export function checkInMessage(options: SafetyReplyOptions): Partial<Activity> {
  const { t, helplines } = options;
  const emergency = helplines.get('emergency');
  const suicide = helplines.get('suicidePrevention');
  const help = t('safety.checkHelp', { emergency: emergency.phone, suicide: suicide.phone, suicideChat: host(suicide.chat) });
  const text = `${t('safety.checkQuestion')}\n\n${help}`;
  const labels = [t('choice.yes'), t('choice.no'), t('choice.unknown')];
  const activity = MessageFactory.text(text);
  activity.suggestedActions = { to: [], actions: labels.map((label) => ({ type: ActionTypes.ImBack, title: label, value: label })) };
  return activity;
}
