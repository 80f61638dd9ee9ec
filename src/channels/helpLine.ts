// The help line that stays in sight (web chat, embed, Teams welcome): 112 · 113 · Kindertelefoon · Veilig Thuis, from data/safety/helplines.yml.
import { type Helplines, telUrl } from '../bot/helplines';
import type { Language } from '../understanding/types';

/** One entry of the help line, as a page or a card shows it. */
export interface HelpLineItem {
  id: string;
  label: string;
  phone: string;
  /** The tel: address a phone opens its dialler with. */
  href: string;
}

/** The help line in one language, in the order of the data file. */
export function helpLine(helplines: Helplines, _language: Language): HelpLineItem[] {
  return helplines.helpLine().flatMap((line) => {
    // The free number where there is one (113 → 0800-0113), so calling costs nothing.
    const phone = line.freePhone ?? line.phone;
    return phone ? [{ id: line.id, label: line.short ?? line.name, phone, href: telUrl(phone) }] : [];
  });
}
