// Full-text relevance over catalogue items: one minisearch index per language (Dutch stemmer, light English stemmer).
import MiniSearch from 'minisearch';
import type { Language } from '../understanding/types';
import { dutchTerms, englishTerms, tokenize } from './text';
import type { Offering } from './types';

const FIELDS = ['title', 'summary', 'description', 'keywords', 'provider'] as const;
type Field = (typeof FIELDS)[number];

function fieldText(item: Offering, field: Field, lang: Language): string {
  switch (field) {
    case 'keywords': return (item.keywords?.[lang] ?? []).join(' ');
    case 'provider': return item.provider;
    case 'description': return item.description?.[lang] ?? '';
    default: return item[field][lang];
  }
}

function buildIndex(items: readonly Offering[], lang: Language): MiniSearch<Offering> {
  const processTerm = lang === 'nl' ? dutchTerms : englishTerms;
  const index = new MiniSearch<Offering>({
    idField: 'id',
    fields: [...FIELDS],
    extractField: (doc, field) => (field === 'id' ? doc.id : fieldText(doc, field as Field, lang)),
    tokenize,
    processTerm,
    searchOptions: {
      boost: { title: 3, keywords: 2.5, summary: 1.5, description: 1, provider: 0.5 },
      prefix: (term) => term.length >= 4,
      fuzzy: (term) => (term.length >= 5 ? 0.25 : term.length === 4 ? 1 : false),
      maxFuzzy: 2,
      weights: { prefix: 0.6, fuzzy: 0.35 },
      combineWith: 'OR',
    },
  });
  index.addAll(items);
  return index;
}

/** Relevance of items to the user's own words, in both languages; the query's language counts fully, the other a bit less. */
export class TextIndex {
  private readonly nl: MiniSearch<Offering>;
  private readonly en: MiniSearch<Offering>;

  constructor(items: readonly Offering[]) {
    this.nl = buildIndex(items, 'nl');
    this.en = buildIndex(items, 'en');
  }

  /** Raw scores by item id (0 or absent when nothing matches). */
  scores(text: string, language: Language): Map<string, number> {
    const out = new Map<string, number>();
    if (text.trim() === '') return out;
    const add = (index: MiniSearch<Offering>, weight: number): void => {
      for (const hit of index.search(text)) {
        const s = hit.score * weight;
        if (s > (out.get(hit.id as string) ?? 0)) out.set(hit.id as string, s);
      }
    };
    add(this.nl, language === 'nl' ? 1 : 0.85);
    add(this.en, language === 'en' ? 1 : 0.85);
    return out;
  }
}
