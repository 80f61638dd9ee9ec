// Import and export of the HSDS-shaped CSV: export all items; import validates every row and merges by id into the YAML files.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { crossCheck } from './crossCheck';
import { csvRecords, writeCsv } from './csv';
import { fromHsdsRow, HSDS_COLUMNS, toHsdsRow, type HsdsRow } from './hsds';
import { CATALOGUE_FILES, type CatalogueData, type FileIssues } from './loader';
import { offeringSchema, serviceSchema, teamSchema } from './schema';
import type { Offering, Service, WijTeam } from './types';

export function exportCsv(data: { offerings: readonly Offering[]; services: readonly Service[] }): string {
  const rows = [...data.offerings, ...data.services].map((item) => HSDS_COLUMNS.map((c) => toHsdsRow(item)[c]));
  return writeCsv([[...HSDS_COLUMNS], ...rows]);
}

export interface ImportResult {
  added: string[];
  updated: string[];
  /** Problems, each naming the CSV row, the id and the field; nothing is written when there are any. */
  problems: string[];
}

const HEADERS = {
  offerings: '# Steunpalet Groningen: free or cheap courses, groups and trainings for ages 5-23 and their parents.\n'
    + '# Local contact details are invented sample data (sample: true). Texts in plain Dutch (B1) with an English version.\n',
  services: '# Help close by (school, GP, youth health care, youth work, social work ...) in Groningen.\n'
    + '# Local contact details are invented sample data (sample: true); national helplines are real (sample: false).\n',
};

function readItems(file: string, key: 'offerings' | 'services' | 'teams'): unknown[] {
  if (!existsSync(file)) return [];
  const doc = parse(readFileSync(file, 'utf8')) as Record<string, unknown[]> | null;
  return doc?.[key] ?? [];
}

/** Keeps the id (and kind) first so the YAML reads well. */
const ordered = (item: Record<string, unknown>): Record<string, unknown> => {
  const { id, kind, ...rest } = item;
  return kind === undefined ? { id, ...rest } : { id, kind, ...rest };
};

function merge(existing: unknown[], incoming: { id: string }[], added: string[], updated: string[]): unknown[] {
  const out = [...existing];
  for (const item of incoming) {
    const at = out.findIndex((e) => (e as { id?: unknown })?.id === item.id);
    if (at >= 0) { out[at] = item; updated.push(item.id); } else { out.push(item); added.push(item.id); }
  }
  return out;
}

export function importCsv(csvText: string, dir: string): ImportResult {
  const result: ImportResult = { added: [], updated: [], problems: [] };
  const offerings: Offering[] = [];
  const services: Service[] = [];
  const seen = new Set<string>();
  csvRecords(csvText).forEach((record, i) => {
    const raw = fromHsdsRow(record as Partial<HsdsRow>);
    const label = `row ${i + 2} (id "${String(raw.id)}")`;
    const parsed = raw.kind === undefined ? offeringSchema.safeParse(raw) : serviceSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) result.problems.push(`${label}, field "${issue.path.map(String).join('.') || '(row)'}": ${issue.message}`);
      return;
    }
    if (seen.has(parsed.data.id)) { result.problems.push(`${label}, field "id": duplicate id in the CSV`); return; }
    seen.add(parsed.data.id);
    if ('kind' in parsed.data) services.push(parsed.data as Service); else offerings.push(parsed.data as Offering);
  });
  const file = (k: keyof typeof CATALOGUE_FILES): string => path.join(dir, CATALOGUE_FILES[k]);
  const mergedOfferings = merge(readItems(file('offerings'), 'offerings'), offerings, result.added, result.updated);
  const mergedServices = merge(readItems(file('services'), 'services'), services, result.added, result.updated);
  const teams = readItems(file('teams'), 'teams').flatMap((t) => { const p = teamSchema.safeParse(t); return p.success ? [p.data as WijTeam] : []; });
  const issues = { offerings: { file: 'offerings', issues: [] }, services: { file: 'services', issues: [] }, teams: { file: 'teams', issues: [] } } as Record<string, FileIssues>;
  const valid = (items: unknown[], schema: typeof offeringSchema | typeof serviceSchema): unknown[] => items.filter((x) => schema.safeParse(x).success);
  const data = { offerings: valid(mergedOfferings, offeringSchema), services: valid(mergedServices, serviceSchema), teams } as CatalogueData;
  crossCheck(data, { offerings: issues.offerings, services: issues.services, teams: issues.teams });
  result.problems.push(...issues.offerings.issues, ...issues.services.issues);
  if (result.problems.length > 0) return result;
  const write = (k: 'offerings' | 'services', items: unknown[]): void => {
    const body = stringify({ [k]: items.map((x) => ordered(x as Record<string, unknown>)) }, { lineWidth: 0 });
    writeFileSync(file(k), HEADERS[k] + body);
  };
  if (offerings.length > 0 || !existsSync(file('offerings'))) write('offerings', mergedOfferings);
  if (services.length > 0 || !existsSync(file('services'))) write('services', mergedServices);
  return result;
}
