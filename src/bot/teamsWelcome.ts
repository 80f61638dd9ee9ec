// Teams installs: a personal install gets the welcome card with the help line; a team install (WIJ staff channel) gets a short staff note.
import type { Activity, TurnContext } from 'botbuilder';
import { helpLine } from '../channels/helpLine';
import type { Helplines } from './helplines';
import type { Texts } from '../texts/loadTexts';
import type { Language } from '../understanding/types';
import { welcomeCard } from '../../dialogs/cards/welcomeCard';

export interface TeamsWelcomeDeps {
  texts: Texts;
  helplines: Helplines;
  defaultLanguage: Language;
}

/** personal: the app installed for one person; team: added to a team; teamMember: someone else joined that team. */
type Install = 'personal' | 'team' | 'teamMember' | undefined;

/** What kind of Teams install this conversationUpdate announces, if any. */
export function teamsInstall(activity: Partial<Activity>): Install {
  if (activity.channelId !== 'msteams' || activity.type !== 'conversationUpdate' || !activity.membersAdded?.length) return undefined;
  const botAdded = activity.membersAdded.some((m) => m.id === activity.recipient?.id);
  const channelData = (activity.channelData ?? {}) as { team?: { id?: string }; eventType?: string };
  const scope = activity.conversation?.conversationType;
  if (scope === 'channel' || channelData.team) return botAdded ? 'team' : 'teamMember';
  // In a personal chat Teams announces the install with the bot or the user as the member added; either way it is the start.
  return scope === 'personal' ? 'personal' : undefined;
}

/** Wraps the bot: the install is answered here, then the usual pipeline runs (which starts the conversation if a user joined). */
export function withTeamsWelcome(bot: (context: TurnContext) => Promise<void>, deps: TeamsWelcomeDeps): (context: TurnContext) => Promise<void> {
  return async (context) => {
    const install = teamsInstall(context.activity);
    if (!install) return bot(context);
    const language: Language = context.activity.locale?.toLowerCase().startsWith('en') ? 'en' : deps.defaultLanguage;
    const t = deps.texts.t(language) as unknown as (key: string, values?: Record<string, string>) => string;
    // A WIJ staff channel: no conversation with a young person starts here, and new colleagues are not greeted.
    if (install === 'teamMember') return;
    if (install === 'team') {
      await context.sendActivity(t('webchat:teams.teamWelcome'));
      return;
    }
    await context.sendActivity({ attachments: [welcomeCard(t, helpLine(deps.helplines, language))] });
    await bot(context);
  };
}
