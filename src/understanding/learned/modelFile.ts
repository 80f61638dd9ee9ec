// The shipped model file (data/understanding/model/learned.json): weights, decision thresholds and what it was trained on.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { ContentError } from '../../errors';
import { issueLines } from '../../contentFile';

export const thresholdsSchema = z.strictObject({
  /** Risk probability from which the bot asks directly ("check"). */
  check: z.number().min(0).max(1),
  /** Risk probability from which the learned layer alone says "concern". */
  concern: z.number().min(0).max(1),
  /** Acute probability from which a flagged message is "acute". */
  acute: z.number().min(0).max(1),
  /** Acute probability from which the learned layer alone says "acute" below its concern threshold. */
  acuteAlone: z.number().min(0).max(1),
  /** Risk probability from which a danger the rules only found named (a mention) is asked about ("check"). */
  mention: z.number().min(0).max(1),
  /** Signal probability from which a signal is listed when the rules found none. */
  signal: z.number().min(0).max(1),
});
export type Thresholds = z.infer<typeof thresholdsSchema>;

export const modelFileSchema = z.strictObject({
  version: z.literal(1),
  trainedOn: z.strictObject({ documents: z.number().int().positive(), sha256: z.string().length(64) }),
  thresholds: thresholdsSchema,
  model: z.strictObject({
    heads: z.array(z.string().min(1)).min(1),
    features: z.array(z.string()),
    bias: z.array(z.number()),
    scale: z.array(z.number().positive()),
    weights: z.string(),
  }),
});
export type ModelFile = z.infer<typeof modelFileSchema>;

export function loadModelFile(file: string): ModelFile | undefined {
  if (!existsSync(file)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentError(file, [`not valid JSON: ${(error as Error).message}`]);
  }
  const parsed = modelFileSchema.safeParse(json);
  if (!parsed.success) throw new ContentError(file, issueLines(parsed.error.issues));
  return parsed.data;
}
