// The helplines (data/safety/helplines.yml): numbers, chat links and opening hours with their source and check date, validated at start-up.
import { loadYaml } from '../contentFile';
import { ContentError } from '../errors';
import { z } from 'zod';

export const HELPLINE_IDS = ['emergency', 'suicidePrevention', 'kindertelefoon', 'veiligThuis', 'sexualViolence', 'onlineAbuse', 'gp'] as const;
export type HelplineId = (typeof HELPLINE_IDS)[number];

const phone = z.string().regex(/^[0-9][0-9 -]{1,14}$/, 'a phone number like 0800-0113');
const helplineSchema = z.strictObject({
  id: z.enum(HELPLINE_IDS),
  name: z.string().min(1),
  /** The name in the always-visible help line ("113", "Kindertelefoon"). */
  short: z.string().min(1).optional(),
  phone: phone.optional(),
  freePhone: phone.optional(),
  chat: z.url().optional(),
  /** "always" only where the helpline itself says day and night. */
  hours: z.union([z.literal('always'), z.strictObject({ nl: z.string().min(1), en: z.string().min(1) })]).optional(),
  source: z.url(),
  checked: z.iso.date().or(z.date().transform((d) => d.toISOString().slice(0, 10))),
});
const fileSchema = z.strictObject({
  helplines: z.array(helplineSchema).min(1),
  helpLine: z.array(z.enum(HELPLINE_IDS)).min(1),
});

export type Helpline = z.infer<typeof helplineSchema>;

export interface Helplines {
  get(id: HelplineId): Helpline;
  /** The always-visible help line, in order. */
  helpLine(): Helpline[];
}

export function telUrl(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}

export function loadHelplines(file: string): Helplines {
  const data = loadYaml(file, fileSchema);
  const byId = new Map<HelplineId, Helpline>();
  for (const line of data.helplines) {
    if (byId.has(line.id)) throw new ContentError(file, [`helplines: ${line.id} is listed twice`]);
    byId.set(line.id, line);
  }
  const missing = HELPLINE_IDS.filter((id) => !byId.has(id));
  if (missing.length) throw new ContentError(file, [`helplines: missing ${missing.join(', ')}`]);
  return {
    get: (id) => byId.get(id) as Helpline,
    helpLine: () => data.helpLine.map((id) => byId.get(id) as Helpline),
  };
}
