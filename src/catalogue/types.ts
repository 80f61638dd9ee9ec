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
}

export type ServiceKind =
  | 'school' | 'huisarts_ojg' | 'jgz' | 'jongerenwerk' | 'maatschappelijk_werk'
  | 'buurtcentrum' | 'bibliotheek' | 'sportfonds' | 'schuldhulp' | 'other';

export interface Service extends Offering {
  kind: ServiceKind;
}

export interface WijTeam {
  id: string;
  name: string;
  /** Area id, matches Offering.areas. */
  area: string;
  contact: Contact;
  openingHours: Localized;
  sample: boolean;
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
}

export interface AdviceResult {
  offerings: Offering[];
  services: Service[];
  team?: WijTeam;
}

export interface CatalogueReader {
  search(query: AdviceQuery): AdviceResult;
  teamForPostcode(postcode: string): WijTeam | undefined;
  teams(): WijTeam[];
}
