// The JSON the webhook backend sends (schema version 1, documented in the README): the request for the municipality's own systems.
import type { DeliveryJob } from '../types';

export const WEBHOOK_SCHEMA_VERSION = 1;

export interface WebhookPayloadV1 {
  type: 'request.filed';
  version: 1;
  /** When this attempt was sent (ISO 8601). */
  timestamp: string;
  data: {
    /** Stable per request: the receiver uses it (or the webhook-id header) to drop a duplicate. */
    id: string;
    reference: string;
    createdAt: string;
    team: { id: string; name?: string };
    urgent: boolean;
    topics: string[];
    about: string;
    scale?: number;
    age?: number;
    asker: string;
    postcode?: string;
    language: string;
    channel: string;
    contact: { firstName: string; phone?: string; email?: string; whenToCall?: { text: string; start?: string; end?: string } };
    staffUrl: string;
  };
}

export function webhookPayload(job: DeliveryJob, now: Date, publicUrl: string): WebhookPayloadV1 {
  const { request } = job;
  const { draft } = request;
  return {
    type: 'request.filed',
    version: WEBHOOK_SCHEMA_VERSION,
    timestamp: now.toISOString(),
    data: {
      id: String(request.id),
      reference: request.reference,
      createdAt: request.createdAt,
      team: { id: request.teamId, name: job.team?.name },
      urgent: request.urgent,
      topics: draft.topics,
      about: draft.about,
      scale: draft.scale,
      age: draft.age,
      asker: draft.asker,
      postcode: draft.postcode,
      language: draft.language,
      channel: draft.channel,
      contact: { firstName: draft.firstName, phone: draft.phone, email: draft.email, whenToCall: draft.whenToCall },
      staffUrl: `${publicUrl.replace(/\/$/, '')}/staff/requests/${encodeURIComponent(request.reference)}`,
    },
  };
}
