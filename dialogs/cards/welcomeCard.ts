// The welcome card on a Teams install: who the bot is, and the help line as tel: buttons (Adaptive Card 1.5, within Teams' limits).
import { type Attachment, CardFactory } from 'botbuilder';
import type { HelpLineItem } from '../../src/channels/helpLine';

type T = (key: string, values?: Record<string, string>) => string;

/** Teams renders Adaptive Cards up to 1.5 and shows at most 6 actions on a card. */
export const TEAMS_CARD_LIMITS = { version: '1.5', maxActions: 6, maxBytes: 28 * 1024 } as const;

export function welcomeCard(t: T, helpLine: HelpLineItem[]): Attachment {
  const actions = helpLine.slice(0, TEAMS_CARD_LIMITS.maxActions).map((item) => ({
    type: 'Action.OpenUrl',
    title: t('webchat:welcome.call', { name: item.label }),
    url: item.href,
  }));
  return CardFactory.adaptiveCard({
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: TEAMS_CARD_LIMITS.version,
    speak: `${t('webchat:welcome.title')} ${t('webchat:welcome.text')}`,
    body: [
      { type: 'TextBlock', text: t('webchat:welcome.title'), weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: t('webchat:welcome.text'), wrap: true },
      { type: 'TextBlock', text: t('webchat:welcome.helpTitle'), weight: 'Bolder', wrap: true, spacing: 'Medium' },
      {
        type: 'FactSet',
        facts: helpLine.map((item) => ({ title: item.label, value: item.phone })),
      },
    ],
    actions,
  });
}
