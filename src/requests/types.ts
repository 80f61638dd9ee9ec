// The contract of filing a request (aanmelding) to a WIJ team.
import type { Asker } from '../catalogue/types';
import type { Language, Topic } from '../understanding/types';

export interface RequestDraft {
  about: string;
  /** "0 to 10, where are you now?" when the user answered it. */
  scale?: number;
  topics: Topic[];
  age?: number;
  asker: Asker;
  postcode?: string;
  teamId: string;
  firstName: string;
  phone?: string;
  email?: string;
  /** The user's words for when to call, and the range they resolve to when known. */
  whenToCall?: { text: string; start?: string; end?: string };
  urgent: boolean;
  language: Language;
  channel: string;
}

export interface FiledRequest {
  reference: string;
  teamId: string;
  createdAt: string;
}

export interface RequestFiler {
  /** Stores the request once per idempotency key: filing the same key again returns the first result. */
  file(draft: RequestDraft, idempotencyKey: string): Promise<FiledRequest>;
}
