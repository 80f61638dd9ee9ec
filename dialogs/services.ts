// What the dialogs are given by the composition root: state accessors and services, never the database or HTTP.
import type { StatePropertyAccessor } from 'botbuilder';
import type { CatalogueReader, Asker } from '../src/catalogue/types';
import type { MatchWords } from '../src/conversation/matchWords';
import type { RequestFiler, RequestTracker } from '../src/requests/types';
import type { SafetySignal, Topic } from '../src/understanding/types';

/** What the conversation has learned so far; the request form starts from it so nobody tells their story twice. */
export interface ConversationProfile {
  greeted?: boolean;
  role?: Asker;
  topics?: Topic[];
  /** The user's own words about the situation (kept only as long as the conversation state). */
  situation?: string;
  /** The situation was told in a message that signalled danger: advice shows help close by, not courses. */
  situationUnsafe?: boolean;
  age?: number;
  postcode?: string;
  shownOfferings?: string[];
  /** Set after a safety concern: a request filed from here is marked urgent. */
  urgent?: boolean;
  /** The safety signals (or level) that made it urgent, for staff. */
  urgentSignals?: string[];
  /** The bot offered once to switch language; it does not nag. */
  languageOffered?: boolean;
  /** The bot asked "are you in danger now?" and waits for Ja / Nee / Weet ik niet; the message that raised it is kept until then. */
  safetyCheck?: { text: string; signals: SafetySignal[] };
  /** Reference numbers of requests filed in this conversation: their status can be asked without proof. */
  filedReferences?: string[];
}

export interface DialogServices {
  profile: StatePropertyAccessor<ConversationProfile>;
  catalogue: () => CatalogueReader;
  requests: RequestFiler;
  tracker: RequestTracker;
  matchWords: MatchWords;
  newId: () => string;
  clock: () => Date;
}
