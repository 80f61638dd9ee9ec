// The JSON the webhook backend sends, schema version 1: the zod schema is the contract (README; JSON Schema in deployment/webhook/).
import { z } from 'zod';
import type { DeliveryJob } from '../types';

export const WEBHOOK_SCHEMA_VERSION = 1;

const iso = z.iso.datetime({ offset: true });

export const webhookPayloadV1 = z.strictObject({
  type: z.literal('request.filed'),
  version: z.literal(WEBHOOK_SCHEMA_VERSION),
  /** When this attempt was sent. */
  timestamp: iso,
  data: z.strictObject({
    /** Stable per request: the receiver uses it (or the webhook-id header) to drop a duplicate. */
    id: z.string().regex(/^\d+$/),
    reference: z.string().regex(/^SW-[0-9A-Z]{4}-[0-9A-Z]{4}$/),
    createdAt: iso,
    team: z.strictObject({ id: z.string(), name: z.string().optional() }),
    urgent: z.boolean(),
    topics: z.array(z.string()),
    about: z.string(),
    scale: z.number().int().min(0).max(10).optional(),
    age: z.number().int().optional(),
    asker: z.enum(['parent', 'young', 'other']),
    postcode: z.string().optional(),
    language: z.enum(['nl', 'en']),
    channel: z.string(),
    contact: z.strictObject({
      firstName: z.string(),
      phone: z.string().optional(),
      email: z.string().optional(),
      whenToCall: z.strictObject({ text: z.string(), start: z.string().optional(), end: z.string().optional() }).optional(),
    }),
    staffUrl: z.url(),
  }),
});

export type WebhookPayloadV1 = z.infer<typeof webhookPayloadV1>;

/** The contract as JSON Schema, for receivers (kept in deployment/webhook/request-filed.v1.schema.json, checked by a test). */
export const webhookJsonSchemaV1 = (): unknown => z.toJSONSchema(webhookPayloadV1, { target: 'draft-2020-12' });

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
