// Keeps what the user told in passing (role, topics, age, postcode), so no question is asked whose answer is already known.
import type { ConversationProfile } from '../../dialogs/services';
import type { Understanding } from '../understanding/types';

/** `newSituation`: nothing is open, so a message that describes a situation starts a new subject. */
export function prefillProfile(profile: ConversationProfile, understanding: Understanding, newSituation = false): void {
  const { entities, topics, text, intent } = understanding;
  if (!profile.role && entities.role) profile.role = entities.role;
  const describesSituation = intent === 'help_request' || intent === 'contact_request';
  if ((newSituation || !profile.topics?.length) && topics.length && describesSituation) {
    profile.topics = topics;
    profile.situation = text.trim().slice(0, 2000);
    profile.situationUnsafe = understanding.safety !== 'none';
    profile.shownOfferings = [];
  }
  if (profile.age === undefined && entities.age !== undefined && (entities.ageOf !== 'self' || profile.role !== 'parent')) {
    profile.age = entities.age;
  }
  if (!profile.postcode && entities.postcode) profile.postcode = entities.postcode;
}
