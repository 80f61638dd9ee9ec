// Loads every user-facing text from locales/<language>/<namespace>.json into i18next and checks nl and en are complete.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import i18next, { type i18n, type TFunction } from 'i18next';
import { z } from 'zod';
import { issueLines } from '../contentFile';
import { ContentError } from '../errors';
import type { Language } from '../understanding/types';

export const LANGUAGES: readonly Language[] = ['nl', 'en'];

type TextTree = { [key: string]: string | string[] | TextTree };
const textTree: z.ZodType<TextTree> = z.lazy(() => z.record(z.string(), z.union([z.string().min(1), z.array(z.string().min(1)), textTree])));

export interface Texts {
  t(language: Language): TFunction;
  i18n: i18n;
}

function leafKeys(tree: TextTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && !Array.isArray(value) ? leafKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function readNamespace(file: string): TextTree {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentError(file, [`not valid JSON: ${(error as Error).message}`]);
  }
  const parsed = textTree.safeParse(json);
  if (!parsed.success) {
    throw new ContentError(file, issueLines(parsed.error.issues));
  }
  return parsed.data;
}

/** Reads locales/, fails with the file and key when a text is missing in one language, and returns a ready i18next. */
export function loadTexts(localesDir: string, onMissingKey: (key: string) => void = () => undefined): Texts {
  const resources: Record<string, Record<string, TextTree>> = {};
  for (const language of LANGUAGES) {
    const dir = path.join(localesDir, language);
    resources[language] = {};
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      resources[language][path.basename(file, '.json')] = readNamespace(path.join(dir, file));
    }
  }
  const [source, ...others] = LANGUAGES;
  for (const other of others) {
    for (const ns of new Set([...Object.keys(resources[source]), ...Object.keys(resources[other])])) {
      const a = new Set(leafKeys(resources[source][ns] ?? {}));
      const b = new Set(leafKeys(resources[other][ns] ?? {}));
      const missingInOther = [...a].filter((k) => !b.has(k)).map((k) => `${k}: missing in ${other}`);
      const missingInSource = [...b].filter((k) => !a.has(k)).map((k) => `${k}: missing in ${source}`);
      if (missingInOther.length || missingInSource.length) {
        throw new ContentError(path.join(localesDir, `{${source},${other}}`, `${ns}.json`), [...missingInOther, ...missingInSource]);
      }
    }
  }
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: source,
    fallbackLng: source,
    ns: Object.keys(resources[source]),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    saveMissing: true,
    missingKeyHandler: (_languages, namespace, key) => onMissingKey(`${namespace}:${key}`),
  });
  const byLanguage = new Map(LANGUAGES.map((language) => [language, rememberingT(instance, language)]));
  return { i18n: instance, t: (language) => byLanguage.get(language) ?? instance.getFixedT(language) };
}

/**
 * i18next's t for one language that remembers what it gave (several texts a turn: button labels in both languages, card
 * labels, "for ages 8–12"). A call is remembered by its key and its options when they are plain values (strings,
 * numbers, booleans): the resources never change after loading, so the same call gives the same text again. A missing
 * key is not remembered, so it is reported every time. Options that vary per user (a reference number) would grow the
 * memory without end, so it is emptied when it reaches REMEMBERED_MAX.
 */
const REMEMBERED_MAX = 5000;

function memoKey(key: unknown, options: unknown): string | undefined {
  if (typeof key !== 'string') return undefined;
  if (options === undefined) return key;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return undefined;
  const entries = Object.entries(options);
  if (entries.length === 0) return key;
  for (const [, value] of entries) if (!['string', 'number', 'boolean'].includes(typeof value)) return undefined;
  return `${key}\u0000${JSON.stringify(entries)}`;
}

function rememberingT(instance: i18n, language: Language): TFunction {
  const t = instance.getFixedT(language) as unknown as (...a: unknown[]) => unknown;
  const remembered = new Map<string, unknown>();
  const remembering = (...args: unknown[]): unknown => {
    const memo = args.length <= 2 ? memoKey(args[0], args[1]) : undefined;
    if (memo === undefined) return t(...args);
    if (remembered.has(memo)) return remembered.get(memo);
    const text = t(...args);
    if (instance.exists(args[0] as string, { lng: language })) {
      if (remembered.size >= REMEMBERED_MAX) remembered.clear();
      remembered.set(memo, text);
    }
    return text;
  };
  return remembering as unknown as TFunction;
}
