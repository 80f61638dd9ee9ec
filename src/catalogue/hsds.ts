// Maps catalogue items to flat CSV rows shaped after Open Referral HSDS 3.0 (service, organization, location, ...) and back.
import type { Location, Offering, Service } from './types';

/** HSDS field names where one fits (service.*, organization.name, phone.number, address.*, schedule.description,
 * language.code, service_area.name, taxonomy_term.code); our own fields carry an x_ prefix; *_en is the English text. */
export const HSDS_COLUMNS = [
  'id', 'x_kind', 'name', 'name_en', 'description', 'description_en', 'x_details', 'x_details_en',
  'organization_name', 'url', 'email', 'phone_number', 'minimum_age', 'maximum_age', 'x_audience',
  'taxonomy_terms', 'service_area', 'x_free', 'x_fee_amount', 'fees_description', 'fees_description_en',
  'application_process', 'application_process_en', 'schedule_description', 'schedule_description_en',
  'language_codes', 'location_name', 'address_1', 'postal_code', 'city', 'x_keywords', 'x_keywords_en',
  'x_sample', 'status',
] as const;
export type HsdsColumn = (typeof HSDS_COLUMNS)[number];
export type HsdsRow = Record<HsdsColumn, string>;

export const OFFERING_KIND = 'steunpalet';
const LIST = ';';
const MULTI = ' | ';

const list = (xs: readonly string[] | undefined): string => (xs ?? []).join(LIST);
const split = (s: string, sep: string = LIST): string[] => (s.trim() === '' ? [] : s.split(sep).map((x) => x.trim()));

export function toHsdsRow(item: Offering | Service): HsdsRow {
  const locs = item.locations ?? [];
  const col = (f: keyof Location): string => (locs.length === 0 ? '' : locs.map((l) => l[f] ?? '').join(MULTI));
  return {
    id: item.id, x_kind: 'kind' in item ? item.kind : OFFERING_KIND,
    name: item.title.nl, name_en: item.title.en, description: item.summary.nl, description_en: item.summary.en,
    x_details: item.description?.nl ?? '', x_details_en: item.description?.en ?? '',
    organization_name: item.provider, url: item.contact.url ?? '', email: item.contact.email ?? '', phone_number: item.contact.phone ?? '',
    minimum_age: String(item.ageMin), maximum_age: String(item.ageMax), x_audience: list(item.audience),
    taxonomy_terms: list(item.topics), service_area: list(item.areas),
    x_free: String(item.cost.free), x_fee_amount: item.cost.amount ?? '',
    fees_description: item.cost.note?.nl ?? '', fees_description_en: item.cost.note?.en ?? '',
    application_process: item.signUp.nl, application_process_en: item.signUp.en,
    schedule_description: item.schedule?.nl ?? '', schedule_description_en: item.schedule?.en ?? '',
    language_codes: list(item.languages), location_name: col('name'), address_1: col('address'), postal_code: col('postcode'), city: col('city'),
    x_keywords: list(item.keywords?.nl), x_keywords_en: list(item.keywords?.en), x_sample: String(item.sample), status: 'active',
  };
}

const opt = (s: string | undefined): string | undefined => (s === undefined || s.trim() === '' ? undefined : s.trim());
const localized = (nl: string | undefined, en: string | undefined): { nl: string; en: string } | undefined =>
  opt(nl) === undefined && opt(en) === undefined ? undefined : { nl: nl?.trim() ?? '', en: en?.trim() ?? '' };
const num = (s: string | undefined): number | string => (s !== undefined && /^\s*\d+\s*$/.test(s) ? Number(s) : (s ?? ''));
const bool = (s: string | undefined): boolean | string => (s?.trim() === 'true' ? true : s?.trim() === 'false' ? false : (s ?? ''));

function locations(r: Partial<HsdsRow>): Location[] | undefined {
  const names = split(r.location_name ?? '', '|');
  if (names.length === 0) return undefined;
  const [addr, pc, city] = [r.address_1, r.postal_code, r.city].map((c) => (c ?? '').split('|').map((x) => x.trim()));
  return names.map((name, i) => dropEmpty({ name, address: opt(addr[i]), postcode: opt(pc[i]), city: opt(city[i]) }) as unknown as Location);
}

/** Removes undefined fields, so the YAML and the schema see only what is there. */
export function dropEmpty<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A raw item (to be validated by the schema) from one CSV row; unknown values are kept so the schema can name them. */
export function fromHsdsRow(r: Partial<HsdsRow>): Record<string, unknown> {
  const kind = opt(r.x_kind) ?? OFFERING_KIND;
  const kw = dropEmpty({ nl: split(r.x_keywords ?? '').length ? split(r.x_keywords ?? '') : undefined,
    en: split(r.x_keywords_en ?? '').length ? split(r.x_keywords_en ?? '') : undefined });
  return dropEmpty({
    id: r.id?.trim() ?? '',
    kind: kind === OFFERING_KIND ? undefined : kind,
    title: localized(r.name, r.name_en), summary: localized(r.description, r.description_en),
    description: localized(r.x_details, r.x_details_en),
    audience: split(r.x_audience ?? ''), ageMin: num(r.minimum_age), ageMax: num(r.maximum_age),
    topics: split(r.taxonomy_terms ?? ''), areas: split(r.service_area ?? ''), provider: r.organization_name?.trim() ?? '',
    cost: dropEmpty({ free: bool(r.x_free), amount: opt(r.x_fee_amount), note: localized(r.fees_description, r.fees_description_en) }),
    signUp: localized(r.application_process, r.application_process_en),
    contact: dropEmpty({ phone: opt(r.phone_number), email: opt(r.email), url: opt(r.url) }),
    locations: locations(r), schedule: localized(r.schedule_description, r.schedule_description_en),
    languages: split(r.language_codes ?? '').length ? split(r.language_codes ?? '') : undefined,
    keywords: Object.keys(kw).length ? kw : undefined,
    sample: bool(r.x_sample),
  });
}
