// Validates a request draft at the edge before it is stored: a request without a way to reach the person is refused.
import { z } from 'zod';
import { TOPICS } from '../understanding/types';

export const requestDraftSchema = z
  .strictObject({
    about: z.string().trim().min(1).max(2000),
    scale: z.number().int().min(0).max(10).optional(),
    topics: z.array(z.enum(TOPICS)).max(12),
    age: z.number().int().min(0).max(30).optional(),
    asker: z.enum(['parent', 'young', 'other']),
    postcode: z.string().regex(/^\d{4} [A-Z]{2}$/).optional(),
    teamId: z.string().min(1),
    firstName: z.string().trim().min(1).max(60),
    phone: z.string().regex(/^\+?\d{9,15}$/).optional(),
    email: z.email().max(200).optional(),
    whenToCall: z.strictObject({ text: z.string().max(120), start: z.string().optional(), end: z.string().optional() }).optional(),
    urgent: z.boolean(),
    language: z.enum(['nl', 'en']),
    channel: z.string().min(1).max(40),
    urgentReason: z.string().min(1).max(200).optional(),
    shownOfferings: z.array(z.strictObject({ id: z.string().min(1).max(100), title: z.string().min(1).max(200), kind: z.enum(['offering', 'service']).optional() })).max(30).optional(),
  })
  .refine((d) => d.phone || d.email, { message: 'phone or email is required', path: ['phone'] });
