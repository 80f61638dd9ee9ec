// The help line that stays in sight (web chat, embed, Teams welcome): 112 · 113 · Kindertelefoon · Veilig Thuis, read from data.
import path from 'node:path';
import { z } from 'zod';
import { loadYaml } from '../contentFile';
import type { Language } from '../understanding/types';

const localized = z.strictObject({ nl: z.string().min(1), en: z.string().min(1) });

const helplineSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes'),
  name: localized,
  phone: z.string().regex(/^[0-9][0-9 -]*$/, 'digits, spaces and dashes'),
  tel: z.string().regex(/^\+?[0-9]+$/, 'digits only (for a tel: link)'),
  chatUrl: z.url().optional(),
  hours: localized,
  source: z.url(),
  checked: z.union([z.string(), z.date()]),
});

const fileSchema = z.strictObject({
  helplines: z.array(helplineSchema).min(1).superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((h, i) => {
      if (seen.has(h.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id "${h.id}"` });
      seen.add(h.id);
    });
  }),
});

export type Helpline = z.infer<typeof helplineSchema>;

/** One entry of the help line, as a page or a card shows it. */
export interface HelpLineItem {
  id: string;
  label: string;
  phone: string;
  /** The tel: address a phone opens its dialler with. */
  href: string;
}

export const HELPLINE_FILE = path.join('data', 'webchat', 'helpline.yml');

/** Reads and validates the help line file; a bad file stops start-up naming file and field. */
export function loadHelplines(root: string): Helpline[] {
  return loadYaml(path.join(root, HELPLINE_FILE), fileSchema).helplines;
}

/** The help line in one language, in the order of the file. */
export function helpLine(helplines: readonly Helpline[], language: Language): HelpLineItem[] {
  return helplines.map((h) => ({ id: h.id, label: h.name[language], phone: h.phone, href: `tel:${h.tel}` }));
}
