// Splits a request draft into the personal fields (encrypted at rest) and the rest (plain, so the queue can filter on it).
import type { FieldCipher } from './fieldCipher';
import type { RequestDraft } from './types';

/** Name, contact details, postcode and the user's own words: never stored in plain text. */
export const PERSONAL_FIELDS = ['about', 'firstName', 'phone', 'email', 'whenToCall', 'postcode'] as const;
export type PersonalField = (typeof PERSONAL_FIELDS)[number];
export type PersonalPart = Pick<RequestDraft, PersonalField>;
export type PlainPart = Omit<RequestDraft, PersonalField>;

export function splitDraft(draft: RequestDraft): { personal: PersonalPart; plain: PlainPart } {
  const personal: Record<string, unknown> = {};
  const plain: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(draft)) {
    if ((PERSONAL_FIELDS as readonly string[]).includes(key)) personal[key] = value;
    else plain[key] = value;
  }
  return { personal: personal as PersonalPart, plain: plain as PlainPart };
}

/** Joins the parts again; a row written before encryption existed still has everything in plain. */
export function joinDraft(plain: Record<string, unknown>, personal: string | null, cipher: FieldCipher): RequestDraft {
  const secret = personal ? cipher.decryptJson<PersonalPart>(personal) : {};
  return { ...plain, ...secret } as RequestDraft;
}
