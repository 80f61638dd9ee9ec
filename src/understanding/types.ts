// The contract of the understanding module: what it decides for every message.

export const TOPICS = [
  'opvoeding', 'gedrag', 'school', 'pesten', 'emoties', 'scheiding',
  'middelen', 'geld', 'ontwikkeling', 'overgang18', 'relaties', 'gezin',
] as const;
export type Topic = (typeof TOPICS)[number];

export const INTENTS = ['help_request', 'contact_request', 'request_status', 'greeting', 'goodbye', 'privacy', 'out_of_scope'] as const;
export type Intent = (typeof INTENTS)[number];

/**
 * `acute`: danger now (112/113); `concern`: unsafe, not this minute (helplines, urgent request);
 * `check`: a layer sees risk it cannot place, so the bot asks directly; `none`.
 */
export const SAFETY_LEVELS = ['acute', 'concern', 'check', 'none'] as const;
export type SafetyLevel = (typeof SAFETY_LEVELS)[number];
/** What a labelled message really is; `check` is only ever an answer of the understanding, never a label. */
export const LABELLED_SAFETY_LEVELS = ['acute', 'concern', 'none'] as const;
export type LabelledSafetyLevel = (typeof LABELLED_SAFETY_LEVELS)[number];

/** What kind of danger was signalled; the bot picks the helplines from these. */
export const SAFETY_SIGNALS = [
  'suicide', 'selfharm', 'violence', 'abuse', 'neglect', 'sexual', 'eating', 'threat', 'medical', 'child_danger',
  /** Sexual abuse that happens online (sextortion, pictures, grooming in chats): set with `sexual` when online words occur. */
  'online_sexual',
] as const;
export type SafetySignal = (typeof SAFETY_SIGNALS)[number];

export type Role = 'parent' | 'young';
export type Language = 'nl' | 'en';

export interface TimeRange {
  /** The words the user used, e.g. "morgen na drie uur". */
  text: string;
  /** ISO 8601 date-times in local time (Europe/Amsterdam), start inclusive, end exclusive. */
  start: string;
  end: string;
}

export interface Entities {
  age?: number;
  /** Whose age: the writer's own ("ik ben 15") or a child's ("mijn zoon is 9"). */
  ageOf?: 'self' | 'child';
  role?: Role;
  /** Normalised as "9741 AB". */
  postcode?: string;
  /** Normalised digits, Dutch numbers as "0612345678", international as "+32...". */
  phone?: string;
  email?: string;
  when?: TimeRange;
  /** A request reference number, written "SW-XXXX-XXXX". */
  reference?: string;
}

export interface Understanding {
  text: string;
  intent: Intent;
  /** Ranked, most likely first; empty when no topic fits. */
  topics: Topic[];
  safety: SafetyLevel;
  safetySignals: SafetySignal[];
  /** The learned layer's probability (0–1) that the message signals danger or serious worry. */
  safetyScore: number;
  entities: Entities;
  /** The language the message is most likely written in. */
  language: Language;
}

export interface UnderstandContext {
  /** Injected clock for resolving dates; defaults to the real time. */
  now?: Date;
}

export interface Understander {
  understand(text: string, context?: UnderstandContext): Understanding;
}

/** What the bot needs per turn: an understanding now, or soon (from the understanding worker thread). */
export interface TurnUnderstander {
  understand(text: string, context?: UnderstandContext): Understanding | Promise<Understanding>;
}
