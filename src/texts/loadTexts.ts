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
 * i18next's t for one language that remembers the texts asked without options (most of them, several times a turn:
 * button labels in both languages, card labels). The resources never change after loading, so the remembered text is
 * what i18next would give again; a missing key is not remembered, so it is reported every time.
 */
function rememberingT(instance: i18n, language: Language): TFunction {
  const t = instance.getFixedT(language);
  const plain = new Map<string, string>();
  const remembering = (...args: unknown[]): unknown => {
    const [key, options] = args;
    const noOptions = options === undefined || (typeof options === 'object' && options !== null && Object.keys(options).length === 0);
    if (typeof key !== 'string' || args.length > 2 || !noOptions) return (t as unknown as (...a: unknown[]) => unknown)(...args);
    let text = plain.get(key);
    if (text === undefined) {
      text = t(key);
      if (instance.exists(key, { lng: language })) plain.set(key, text);
    }
    return text;
  };
  return remembering as unknown as TFunction;
}
