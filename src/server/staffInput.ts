// Input of the staff routes, validated with zod: query filters, bodies, and the reference in the path (400 naming the field).
import { z } from 'zod';
import { HttpError } from '../errors';
import { checkReference, normaliseReference } from '../requests/referenceNumber';
import { AGE_BANDS, REQUEST_STATUSES, STAFF_STATUSES } from '../requests/requestStatus';
import { TOPICS } from '../understanding/types';

const ageBands = Object.keys(AGE_BANDS) as [keyof typeof AGE_BANDS, ...Array<keyof typeof AGE_BANDS>];

export const queueQuery = z.strictObject({
  team: z.string().min(1).max(100).optional(),
  status: z.enum(REQUEST_STATUSES).optional(),
  topic: z.enum(TOPICS).optional(),
  age: z.enum(ageBands).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

export const statusBody = z
  .strictObject({ status: z.enum(STAFF_STATUSES), reason: z.string().trim().max(500).optional() })
  .refine((b) => b.status !== 'referred' || !!b.reason, { message: 'a reason is required for referred (doorverwezen)', path: ['reason'] });

export const noteBody = z.strictObject({ text: z.string().trim().min(1).max(4000) });

export const reassignBody = z.strictObject({ team: z.string().min(1).max(100) });

export const auditQuery = z.strictObject({
  reference: z.string().max(20).optional(),
  action: z.string().max(40).optional(),
  actor: z.coerce.number().int().positive().optional(),
  team: z.string().max(100).optional(),
  since: z.iso.date().optional(),
  until: z.iso.date().optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

export function parseWith<T>(schema: z.ZodType<T>, value: unknown, code = 'query_invalid'): T {
  const parsed = schema.safeParse(value ?? {});
  if (!parsed.success) {
    throw new HttpError(400, code, parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(body)'}: ${i.message}`).join('; '));
  }
  return parsed.data;
}

/** The path's reference, normalised; 400 when it cannot be one. An old reference without a check character still passes. */
export function referenceParam(value: unknown): string {
  const reference = normaliseReference(String(value ?? ''));
  if (checkReference(reference) === 'format') throw new HttpError(400, 'reference_invalid', 'reference: must look like SW-XXXX-XXXX');
  return reference;
}

/** A team the catalogue knows, or 400 naming the field. */
export function knownTeam(teamId: string, teamIds: string[], field = 'team'): string {
  if (!teamIds.includes(teamId)) throw new HttpError(400, 'body_invalid', `${field}: unknown team ${teamId}`);
  return teamId;
}

/** A body as a JSON object (the API) or a form (the pages); anything else is a 400. */
export function bodyObject(body: unknown): Record<string, unknown> {
  if (body === undefined || body === null || body === '') return {};
  if (typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'body_invalid', 'the body must be a JSON object');
  return body as Record<string, unknown>;
}
