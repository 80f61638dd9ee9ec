// What the pipeline decided for this turn (texts in the user's language, the understanding), readable by every dialog.
import type { TurnContext } from 'botbuilder';
import type { TFunction } from 'i18next';
import type { Language, Understanding } from '../src/understanding/types';

export interface TurnInfo {
  language: Language;
  t: TFunction;
  /** t in every language, to match button labels the user saw before a language switch. */
  tAll: TFunction[];
  understanding: Understanding;
}

const TURN_INFO = Symbol('steunwijzer.turnInfo');

export function setTurnInfo(context: TurnContext, info: TurnInfo): void {
  context.turnState.set(TURN_INFO, info);
}

export function turnInfo(context: TurnContext): TurnInfo {
  const info = context.turnState.get(TURN_INFO) as TurnInfo | undefined;
  if (!info) throw new Error('turn info missing: the pipeline sets it before dialogs run');
  return info;
}
