// Renders offerings and nearby services as hero cards, or as plain text for channels without cards.
import { ActionTypes, type Activity, type Attachment, CardFactory, MessageFactory, type CardAction } from 'botbuilder';
import type { TFunction } from 'i18next';
import type { Offering, Service, WijTeam } from '../../src/catalogue/types';
import type { Language } from '../../src/understanding/types';

const CARD_CHANNELS = new Set(['webchat', 'directline', 'msteams', 'emulator', 'test']);

export function supportsCards(channelId: string): boolean {
  return CARD_CHANNELS.has(channelId);
}

function telUrl(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

function forWhom(offering: Offering, t: TFunction): string {
  const audience = offering.audience.map((a) => t(`advice.audience.${a}`)).join(', ');
  const ages = t('advice.ageRange', { min: offering.ageMin, max: offering.ageMax });
  const cost = offering.cost.free ? t('advice.free') : t('advice.cost', { amount: offering.cost.amount ?? '' });
  return `${t('advice.forWhom', { audience, ages })} · ${cost}`;
}

function contactButtons(offering: Offering, t: TFunction): CardAction[] {
  const buttons: CardAction[] = [];
  if (offering.contact.url) buttons.push({ type: ActionTypes.OpenUrl, title: t('advice.moreInfo'), value: offering.contact.url });
  if (offering.contact.phone) buttons.push({ type: ActionTypes.OpenUrl, title: `${t('advice.call')} ${offering.contact.phone}`, value: telUrl(offering.contact.phone) });
  return buttons;
}

function offeringCard(offering: Offering, t: TFunction, language: Language): Attachment {
  return CardFactory.heroCard(offering.title[language], offering.summary[language], undefined, contactButtons(offering, t), {
    subtitle: forWhom(offering, t),
  });
}

function offeringLine(offering: Offering, t: TFunction, language: Language): string {
  const contact = [offering.contact.phone, offering.contact.url].filter(Boolean).join(' · ');
  return `- **${offering.title[language]}** (${forWhom(offering, t)}): ${offering.summary[language]}${contact ? ` ${contact}` : ''}`;
}

/** One message: a title line and a carousel of cards (or a text list where cards don't work). */
export function offeringsMessage(offerings: Offering[], t: TFunction, language: Language, channelId: string): Partial<Activity> {
  const title = t('advice.offeringsTitle');
  if (!supportsCards(channelId)) return MessageFactory.text([title, ...offerings.map((o) => offeringLine(o, t, language))].join('\n'));
  const message = MessageFactory.carousel(offerings.map((o) => offeringCard(o, t, language)), title);
  return message;
}

/** "Who can help close by": services and the WIJ team of the area, as a short list with numbers to tap. */
export function nearbyMessage(services: Service[], team: WijTeam | undefined, t: TFunction, language: Language, askPostcode: boolean): Partial<Activity> {
  const lines = services.map((s) => {
    const phone = s.contact.phone ? ` · [${s.contact.phone}](${telUrl(s.contact.phone)})` : '';
    return `- **${s.title[language]}**: ${s.summary[language]}${phone}`;
  });
  if (team) {
    const phone = team.contact.phone ? ` · [${team.contact.phone}](${telUrl(team.contact.phone)})` : '';
    lines.push(`- ${t('advice.teamLine', { team: team.name })}${phone}`);
  }
  const invite = askPostcode ? ['', t('advice.askPostcode')] : [];
  return MessageFactory.text([t('advice.nearbyTitle'), ...lines, ...invite].join('\n'));
}
