// The contract of the catalogue module (Steunpalet, sociale kaart, WIJ teams) as the bot uses it.
// The catalogue helper owns the full schema in src/catalogue/schema.ts; these are the parts the bot reads.
import type { Language, Topic } from '../understanding/types';

export interface Localized {
  nl: string;
  en: string;
}

export type Audience = 'parents' | 'young_people' | 'children' | 'families';

export interface Contact {
  phone?: string;
  email?: string;
  url?: string;
}

export interface Cost {
  free: boolean;
  /** e.g. "€ 25", shown when not free. */
  amount?: string;
  note?: Localized;
}

export interface Offering {
  id: string;
  title: Localized;
  /** One or two B1 sentences. */
  summary: Localized;
  audience: Audience[];
  ageMin: number;
  ageMax: number;
  topics: Topic[];
  /** Area ids served, or ["all"] for city-wide. */
  areas: string[];
  provider: string;
  cost: Cost;
  signUp: Localized;
  contact: Contact;
  /** True when the local contact details are invented sample data. */
  sample: boolean;
  /** What happens, in a few B1 sentences (HSDS service.description). */
  description?: Localized;
  /** Where it takes place (HSDS location + address). */
  locations?: Location[];
  /** When: a schedule in words, or "doorlopend" (HSDS schedule.description). */
  schedule?: Localized;
  /** Languages offered, ISO 639-1 codes (HSDS language.code). */
  languages?: string[];
  /** Extra search words people use (not shown). */
  keywords?: { nl?: string[]; en?: string[] };
}

export interface Location {
  name: string;
  address?: string;
  postcode?: string;
  city?: string;
}

export type ServiceKind =
  | 'school' | 'huisarts_ojg' | 'jgz' | 'jongerenwerk' | 'maatschappelijk_werk'
  | 'buurtcentrum' | 'bibliotheek' | 'sportfonds' | 'schuldhulp' | 'other';

export interface Service extends Offering {
  kind: ServiceKind;
}

/** Days 1 (Monday) to 7 (Sunday), from/to as "HH:MM" local time. */
export interface OfficeHours {
  days: number[];
  from: string;
  to: string;
}

export interface WijTeam {
  id: string;
  name: string;
  /** Area id, matches Offering.areas. */
  area: string;
  contact: Contact;
  openingHours: Localized;
  /** Structured office hours (Europe/Amsterdam) for escalation timing; absent = every minute counts. */
  officeHours?: OfficeHours[];
  /** Working days until the team calls the family back. */
  responseWorkdays?: number;
  sample: boolean;
  /** Postcode number ranges served, e.g. ["9741-9743"]. */
  postcodes?: string[];
  /** The city-wide team used when no neighbourhood team fits. */
  fallback?: boolean;
  /** Human name of the area, e.g. "Selwerd, Paddepoel". */
  areaName?: Localized;
  address?: string;
}

export type Asker = 'parent' | 'young' | 'other';

export interface AdviceQuery {
  topics: Topic[];
  age?: number;
  postcode?: string;
  /** The user's own words, for relevance ranking. */
  text?: string;
  asker: Asker;
  language: Language;
  /** Offerings to skip (already shown), for "show more". */
  exclude?: string[];
  limit?: number;
  /** How many services to return (default 3, at most 4). */
  serviceLimit?: number;
}

/** Why the result is wider than asked: nothing local, nothing of that exact age, or nothing on the topic. */
export type SearchFallback = 'area_citywide' | 'area_any' | 'age_widened' | 'topic_any' | 'postcode_unknown';

export interface AdviceResult {
  offerings: Offering[];
  services: Service[];
  team?: WijTeam;
  /** Which fallbacks were needed to find these offerings (empty when none). */
  fallbacks?: SearchFallback[];
}

export interface CatalogueReader {
  search(query: AdviceQuery): AdviceResult;
  teamForPostcode(postcode: string): WijTeam | undefined;
  teams(): WijTeam[];
  /** An offering (Steunpalet) or service (help close by) by id. */
  get(id: string): Offering | Service | undefined;
}
