// Command line for the people who keep the data: validate, export/import HSDS-shaped CSV, and try a search.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { TOPICS, type Topic } from '../understanding/types';
import { exportCsv, importCsv } from './csvImport';
import { explainText } from './explainText';
import { defaultCatalogueDir, loadCatalogue, readCatalogueData, toContentError } from './loader';
import type { Asker } from './types';

const USAGE = `usage: npm run catalogue -- <command> [--dir <folder>]
  validate                      check all data files (exit 1 with the problems)
  export [file.csv]             write an HSDS-shaped CSV (stdout without a file)
  import <file.csv>             merge a CSV into the YAML files (by id)
  search "<text>" [--age 9] [--postcode "9741 AB"] [--topic school] [--asker parent|young|other] [--lang nl|en] [--limit 3]`;

export function main(argv: string[], out: (s: string) => void = console.log, err: (s: string) => void = console.error): number {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true,
    options: {
      dir: { type: 'string' }, age: { type: 'string' }, postcode: { type: 'string' }, topic: { type: 'string', multiple: true },
      asker: { type: 'string' }, lang: { type: 'string' }, limit: { type: 'string' }, help: { type: 'boolean', short: 'h' },
    },
  });
  const dir = values.dir ?? defaultCatalogueDir();
  const [command, arg] = positionals;
  switch (command) {
    case 'validate': {
      const { data, problems } = readCatalogueData(dir);
      if (problems.length > 0) { err(toContentError(problems).message); return 1; }
      out(`ok: ${data.offerings.length} offerings, ${data.services.length} services, ${data.teams.length} teams`);
      return 0;
    }
    case 'export': {
      const c = loadCatalogue(dir);
      const csv = exportCsv({ offerings: c.offerings(), services: c.services() });
      if (arg) { writeFileSync(arg, csv); out(`wrote ${arg}`); } else out(csv.trimEnd());
      return 0;
    }
    case 'import': {
      if (!arg) { err(USAGE); return 2; }
      const r = importCsv(readFileSync(arg, 'utf8'), dir);
      if (r.problems.length > 0) { err(`${arg}: nothing written\n  ${r.problems.join('\n  ')}`); return 1; }
      out(`added ${r.added.length}, updated ${r.updated.length}`);
      return 0;
    }
    case 'search': {
      const topics = (values.topic ?? []).filter((t): t is Topic => (TOPICS as readonly string[]).includes(t));
      if (topics.length !== (values.topic ?? []).length) { err(`unknown topic; use one of ${TOPICS.join(', ')}`); return 2; }
      const catalogue = loadCatalogue(dir);
      const query = {
        text: arg, topics, age: values.age === undefined ? undefined : Number(values.age), postcode: values.postcode,
        asker: (values.asker ?? 'parent') as Asker, language: values.lang === 'en' ? 'en' as const : 'nl' as const,
        limit: values.limit === undefined ? undefined : Number(values.limit),
      };
      out(explainText(catalogue.explain(query), query));
      return 0;
    }
    default:
      (command && !values.help ? err : out)(USAGE);
      return command && !values.help ? 2 : 0;
  }
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  }
}
