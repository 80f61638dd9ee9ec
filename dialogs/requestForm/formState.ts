// The request form's state: which slot comes next, the summary the user confirms, and the draft that is filed.
import type { TFunction } from 'i18next';
import type { Asker, WijTeam } from '../../src/catalogue/types';
import type { RequestDraft } from '../../src/requests/types';
import type { Language, Topic } from '../../src/understanding/types';

export type FormSlot = 'role' | 'about' | 'scale' | 'age' | 'postcode' | 'firstName' | 'contact' | 'whenToCall' | 'consent' | 'changeWhich' | 'confirm';

export interface FormState {
  formId: string;
  urgent: boolean;
  /** Who is chatting; asked first when the conversation did not tell yet (it decides the age question). */
  asker?: Asker;
  topics: Topic[];
  about?: string;
  /** Signs of Wellbeing: "0 to 10, where are you now?"; null when the user skipped it. */
  scale?: number | null;
  age?: number;
  postcode?: string;
  teamId?: string;
  firstName?: string;
  phone?: string;
  email?: string;
  whenToCall?: { text: string; start?: string; end?: string };
  consent?: boolean;
  changing?: boolean;
  pending?: FormSlot;
}

/** The first slot still missing; the summary ("confirm") when everything is there. */
export function nextSlot(state: FormState): FormSlot {
  if (!state.asker) return 'role';
  if (!state.about) return 'about';
  if (state.scale === undefined) return 'scale';
  if (state.age === undefined) return 'age';
  if (!state.postcode) return 'postcode';
  if (!state.firstName) return 'firstName';
  if (!state.phone && !state.email) return 'contact';
  if (state.phone && !state.whenToCall) return 'whenToCall';
  if (!state.consent) return 'consent';
  if (state.changing) return 'changeWhich';
  return 'confirm';
}

/** The user's own words inside a Markdown message stay text: no link, image, emphasis or HTML of theirs is rendered. */
export function markdownText(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]()!#|~])/g, '\\$1')
    // Web Chat turns a bare address into a link; an entity between the parts keeps it text.
    .replace(/:\/\//g, '&#58;//')
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}&#46;`);
}

export function summaryLines(state: FormState, team: WijTeam | undefined, t: TFunction): string[] {
  const rows: Array<[string, string | number | undefined]> = [
    ['field.about', state.about],
    ['field.scale', state.scale ?? undefined],
    ['field.age', state.age],
    ['field.postcode', state.postcode],
    ['field.team', team?.name],
    ['field.firstName', state.firstName],
    ['field.phone', state.phone],
    ['field.email', state.email],
    ['field.whenToCall', state.whenToCall?.text],
  ];
  const lines = rows.filter(([, value]) => value !== undefined && value !== '').map(([key, value]) => `- ${t(key)}: ${markdownText(String(value))}`);
  return state.urgent ? [...lines, `- **${t('form.urgentMark')}**`] : lines;
}

export function draftFromForm(state: FormState, language: Language, channel: string): RequestDraft {
  return {
    about: state.about ?? '',
    scale: state.scale ?? undefined,
    topics: state.topics,
    age: state.age,
    asker: state.asker ?? 'other',
    postcode: state.postcode,
    teamId: state.teamId ?? '',
    firstName: state.firstName ?? '',
    phone: state.phone,
    email: state.email,
    whenToCall: state.whenToCall,
    urgent: state.urgent,
    language,
    channel,
  };
}
