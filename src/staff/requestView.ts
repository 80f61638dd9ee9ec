// The staff view of a filed request as JSON: everything needed to call back and not ask the story twice, nothing more.
import type { WijTeam } from '../catalogue/types';
import type { Note } from '../requests/requestWorkflow';
import type { StoredRequest } from '../requests/storedRequest';

export interface RequestView {
  reference: string;
  team: { id: string; name?: string };
  status: string;
  urgent: boolean;
  urgentReason?: string;
  createdAt: string;
  claimedBy?: string;
  claimedAt?: string;
  referralReason?: string;
  closedAt?: string;
  summary: { about: string; scale?: number; topics: string[]; age?: number; asker: string; postcode?: string; language: string; channel: string };
  shownOfferings: Array<{ id: string; title: string; kind?: string }>;
  contact: { firstName: string; phone?: string; email?: string; whenToCall?: string };
  notes?: Array<{ author: string; text: string; createdAt: string }>;
}

export function toRequestView(request: StoredRequest, teams: WijTeam[], notes?: Note[]): RequestView {
  const { draft } = request;
  return {
    reference: request.reference,
    team: { id: request.teamId, name: teams.find((t) => t.id === request.teamId)?.name },
    status: request.status,
    urgent: request.urgent,
    urgentReason: draft.urgentReason,
    createdAt: request.createdAt,
    claimedBy: request.claimedBy?.name,
    claimedAt: request.claimedAt,
    referralReason: request.referralReason,
    closedAt: request.closedAt,
    summary: {
      about: draft.about,
      scale: draft.scale,
      topics: draft.topics,
      age: draft.age,
      asker: draft.asker,
      postcode: draft.postcode,
      language: draft.language,
      channel: draft.channel,
    },
    shownOfferings: draft.shownOfferings ?? [],
    contact: { firstName: draft.firstName, phone: draft.phone, email: draft.email, whenToCall: draft.whenToCall?.text },
    notes: notes?.map((n) => ({ author: n.authorName, text: n.text, createdAt: n.createdAt })),
  };
}
