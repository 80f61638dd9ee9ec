// What a client may post to the local Direct Line: validated, and stripped of what the channel itself decides (ids, from, conversation).
import { z } from 'zod';

export const postedActivitySchema = z.looseObject({
  type: z.enum(['message', 'event', 'typing']),
  text: z.string().max(4000).optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  locale: z.string().max(20).optional(),
  name: z.string().max(100).optional(),
  value: z.unknown().optional(),
  channelData: z.record(z.string(), z.unknown()).optional(),
  from: z.looseObject({ id: z.string().max(200).optional(), name: z.string().max(200).optional() }).optional(),
});

export type PostedActivity = z.infer<typeof postedActivitySchema>;
