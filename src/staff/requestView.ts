// The staff view of a filed request: everything needed to call back, nothing more.
import type { WijTeam } from '../catalogue/types';
import type { StoredRequest } from '../requests/requestRepository';

export interface RequestView {
  reference: string;
  team: { id: string; name?: string };
  status: string;
  urgent: boolean;
  createdAt: string;
  summary: { about: string; scale?: number; topics: string[]; age?: number; asker: string; postcode?: string; language: string; channel: string };
  contact: { firstName: string; phone?: string; email?: string; whenToCall?: string };
}

export function toRequestView(request: StoredRequest, teams: WijTeam[]): RequestView {
  const { draft } = request;
  return {
    reference: request.reference,
    team: { id: request.teamId, name: teams.find((t) => t.id === request.teamId)?.name },
    status: request.status,
    urgent: request.urgent,
    createdAt: request.createdAt,
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
    contact: { firstName: draft.firstName, phone: draft.phone, email: draft.email, whenToCall: draft.whenToCall?.text },
  };
}
