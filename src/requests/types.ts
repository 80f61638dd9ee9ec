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
  /** For an urgent request: which safety signal made it urgent (a label such as "concern: self-harm"), never the message. */
  urgentReason?: string;
  /** The offerings and help close by the chat already showed, so staff do not offer them again. */
  shownOfferings?: Array<{ id: string; title: string; kind?: 'offering' | 'service' }>;
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

/** Where a filed request stands, in the words the family hears (staff statuses map onto these). */
export type RequestProgress = 'received' | 'picked_up' | 'in_contact' | 'closed' | 'referred' | 'withdrawn';

export interface RequestStatusView {
  reference: string;
  teamId: string;
  progress: RequestProgress;
  createdAt: string;
}

export type WithdrawResult = 'withdrawn' | 'picked_up' | 'not_found';

/** What the family may learn about a request, and withdrawing one nobody has picked up. */
export interface RequestTracker {
  /** A request this conversation filed itself (the conversation keeps its reference): no proof needed. */
  status(reference: string): Promise<RequestStatusView | undefined>;
  /**
   * A request someone names with proof: the last four digits of the phone number, or the e-mail address.
   * undefined when the reference does not exist, the proof is wrong, or too many wrong tries were made:
   * the caller can never tell which.
   */
  statusWithProof(reference: string, proof: string, now?: Date): Promise<RequestStatusView | undefined>;
  withdraw(reference: string): Promise<WithdrawResult>;
}
