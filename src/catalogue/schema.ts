// Zod schemas for the catalogue data files (offerings.yml, services.yml, teams.yml): strict, so unknown keys fail.
import { z } from 'zod';
import { TOPICS } from '../understanding/types';

export const AUDIENCES = ['parents', 'young_people', 'children', 'families'] as const;
export const SERVICE_KINDS = [
  'school', 'huisarts_ojg', 'jgz', 'jongerenwerk', 'maatschappelijk_werk',
  'buurtcentrum', 'bibliotheek', 'sportfonds', 'schuldhulp', 'other',
] as const;

const text = z.string().trim().min(1, 'must not be empty');
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes');

export const localizedSchema = z.strictObject({ nl: text, en: text });

export const contactSchema = z.strictObject({
  phone: z.string().regex(/^(\+?[0-9][0-9 -]{2,18}[0-9])$/, 'phone: digits, spaces and dashes, e.g. 050-000 12 34').optional(),
  email: z.email('not an e-mail address').optional(),
  url: z.url('not a web address (start with https://)').optional(),
});

export const costSchema = z.strictObject({
  free: z.boolean(),
  amount: text.optional(),
  note: localizedSchema.optional(),
}).refine((c) => c.free || c.amount !== undefined || c.note !== undefined, {
  message: 'when not free, give an amount or a note', path: ['amount'],
});

export const locationSchema = z.strictObject({
  name: text,
  address: text.optional(),
  postcode: z.string().regex(/^[1-9][0-9]{3} ?[A-Z]{2}$/, 'postcode like "9741 AB"').optional(),
  city: text.optional(),
});

const age = z.number().int('must be a whole number').min(0).max(27);

const offeringShape = {
  id,
  title: localizedSchema,
  summary: localizedSchema,
  description: localizedSchema.optional(),
  audience: z.array(z.enum(AUDIENCES)).min(1, 'name at least one audience'),
  ageMin: age,
  ageMax: age,
  topics: z.array(z.enum(TOPICS)).min(1, 'name at least one topic'),
  areas: z.array(id).min(1, 'name at least one area, or "all"'),
  provider: text,
  cost: costSchema,
  signUp: localizedSchema,
  contact: contactSchema,
  locations: z.array(locationSchema).optional(),
  schedule: localizedSchema.optional(),
  languages: z.array(z.string().regex(/^[a-z]{2}$/, 'ISO 639-1 code like "nl"')).optional(),
  keywords: z.strictObject({ nl: z.array(text).optional(), en: z.array(text).optional() }).optional(),
  sample: z.boolean(),
};

const agesInOrder = (o: { ageMin: number; ageMax: number }): boolean => o.ageMin <= o.ageMax;
const agesMessage = { message: 'ageMin is higher than ageMax', path: ['ageMax'] };

export const offeringSchema = z.strictObject(offeringShape).refine(agesInOrder, agesMessage);
export const serviceSchema = z.strictObject({ ...offeringShape, kind: z.enum(SERVICE_KINDS) }).refine(agesInOrder, agesMessage);

const clockTime = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'time like "09:00"');

/** Office hours in Europe/Amsterdam: days 1 (Monday) to 7 (Sunday); urgent escalation counts only these minutes. */
export const officeHoursSchema = z.strictObject({
  days: z.array(z.number().int().min(1).max(7)).min(1, 'name at least one day (1 = Monday … 7 = Sunday)'),
  from: clockTime,
  to: clockTime,
}).refine((h) => h.from < h.to, { message: 'from must be earlier than to', path: ['to'] });

const range = z.string().regex(/^[1-9][0-9]{3}(-[1-9][0-9]{3})?$/, 'postcode range like "9741-9743" or "9744"');

export const teamSchema = z.strictObject({
  id,
  name: text,
  area: id,
  areaName: localizedSchema.optional(),
  postcodes: z.array(range).min(1, 'name at least one postcode range'),
  fallback: z.boolean().optional(),
  address: text.optional(),
  contact: contactSchema,
  openingHours: localizedSchema,
  officeHours: z.array(officeHoursSchema).optional(),
  /** Working days until the team calls the family back (the family hears this in the status message). */
  responseWorkdays: z.number().int().min(1).max(20).optional(),
  sample: z.boolean(),
});

export const offeringsFileSchema = z.strictObject({ offerings: z.array(z.unknown()) });
export const servicesFileSchema = z.strictObject({ services: z.array(z.unknown()) });
export const teamsFileSchema = z.strictObject({ teams: z.array(z.unknown()) });
