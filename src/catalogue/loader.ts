// Reads and validates the catalogue YAML files; every problem is reported with file, item id and field.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { loadYamlParser } from '../contentFile';
import { ContentError } from '../errors';
import { projectRoot } from '../projectRoot';
import { cachedYaml } from '../yamlCache';
import { Catalogue } from './catalogue';
import { crossCheck } from './crossCheck';
import { offeringSchema, offeringsFileSchema, serviceSchema, servicesFileSchema, teamSchema, teamsFileSchema } from './schema';
import type { Offering, Service, WijTeam } from './types';

export const CATALOGUE_FILES = { offerings: 'offerings.yml', services: 'services.yml', teams: 'teams.yml' } as const;

export const defaultCatalogueDir = (): string => path.join(projectRoot(), 'data', 'catalogue');

export interface CatalogueData {
  offerings: Offering[];
  services: Service[];
  teams: WijTeam[];
}

/** Problems found in one file. */
export interface FileIssues {
  file: string;
  issues: string[];
}

function readYaml(file: string, out: FileIssues): unknown {
  if (!existsSync(file)) {
    out.issues.push('file not found');
    return undefined;
  }
  const text = readFileSync(file, 'utf8');
  const cached = cachedYaml(text);
  if (cached) return cached.value;
  const doc = loadYamlParser().parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  for (const e of doc.errors) {
    const where = e.linePos?.[0] ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}` : 'somewhere';
    out.issues.push(`${where}: ${e.message.split('\n')[0]}`);
  }
  return doc.errors.length > 0 ? undefined : doc.toJS();
}

const fieldOf = (p: readonly PropertyKey[]): string => (p.length === 0 ? '(item)' : p.map(String).join('.'));

function itemLabel(raw: unknown, index: number): string {
  const id = raw && typeof raw === 'object' && 'id' in raw ? (raw as { id: unknown }).id : undefined;
  return typeof id === 'string' ? `item ${index + 1} (id "${id}")` : `item ${index + 1} (no id)`;
}

function readList<T>(
  file: string, key: 'offerings' | 'services' | 'teams',
  fileSchema: z.ZodType, itemSchema: z.ZodType<T>, out: FileIssues,
): T[] {
  const raw = readYaml(file, out);
  if (raw === undefined) return [];
  const top = fileSchema.safeParse(raw);
  if (!top.success) {
    out.issues.push(`top level: expected a map with one key "${key}" holding a list (${top.error.issues[0]?.message})`);
    return [];
  }
  const items = (raw as Record<string, unknown[]>)[key];
  const result: T[] = [];
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const label = itemLabel(item, index);
    const parsed = itemSchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        out.issues.push(`${label}, field "${fieldOf(issue.path)}": ${issue.message}`);
      }
      return;
    }
    const id = (parsed.data as { id: string }).id;
    const first = seen.get(id);
    if (first !== undefined) {
      out.issues.push(`${label}, field "id": duplicate id, also used by item ${first + 1}`);
      return;
    }
    seen.set(id, index);
    result.push(parsed.data);
  });
  return result;
}

/** Reads and checks all files; returns the data and the problems per file (empty when all is well). */
export function readCatalogueData(dir: string): { data: CatalogueData; problems: FileIssues[] } {
  const files = {
    offerings: { file: path.join(dir, CATALOGUE_FILES.offerings), issues: [] as string[] },
    services: { file: path.join(dir, CATALOGUE_FILES.services), issues: [] as string[] },
    teams: { file: path.join(dir, CATALOGUE_FILES.teams), issues: [] as string[] },
  };
  const data: CatalogueData = {
    offerings: readList(files.offerings.file, 'offerings', offeringsFileSchema, offeringSchema, files.offerings) as Offering[],
    services: readList(files.services.file, 'services', servicesFileSchema, serviceSchema, files.services) as Service[],
    teams: readList(files.teams.file, 'teams', teamsFileSchema, teamSchema, files.teams) as WijTeam[],
  };
  crossCheck(data, files);
  return { data, problems: Object.values(files).filter((f) => f.issues.length > 0) };
}

/** Turns the problems into one ContentError (file named; several files are listed in the message). */
export function toContentError(problems: FileIssues[]): ContentError {
  if (problems.length === 1) return new ContentError(problems[0].file, problems[0].issues);
  const lines = problems.flatMap((p) => p.issues.map((i) => `${path.basename(p.file)}: ${i}`));
  return new ContentError(problems.map((p) => p.file).join(', '), lines);
}

/** Loads the catalogue; throws ContentError naming file, item id and field when anything is wrong. */
export function loadCatalogue(dir: string = defaultCatalogueDir()): Catalogue {
  const { data, problems } = readCatalogueData(dir);
  if (problems.length > 0) throw toContentError(problems);
  return new Catalogue(data);
}
