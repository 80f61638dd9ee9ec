// Full-text relevance over catalogue items in both languages: Dutch stemmer on the Dutch texts, a light English stemmer on the English ones.
import type { Language } from '../understanding/types';
import { TermIndex, type IndexedField } from './termIndex';
import { dutchTerms, englishTerms, tokenize } from './text';
import type { Offering } from './types';

function fields(item: Offering, lang: Language): IndexedField[] {
  return [
    { text: item.title[lang], boost: 3 },
    { text: (item.keywords?.[lang] ?? []).join(' '), boost: 2.5 },
    { text: item.summary[lang], boost: 1.5 },
    { text: item.description?.[lang] ?? '', boost: 1 },
    { text: item.provider, boost: 0.5 },
  ];
}

/** Relevance of items to the user's own words; the message's language counts fully and allows typos, the other a bit less. */
export class TextIndex {
  private readonly nl: TermIndex;
  private readonly en: TermIndex;
  private readonly position = new Map<string, number>();

  constructor(private readonly items: readonly Offering[]) {
    items.forEach((item, i) => this.position.set(item.id, i));
    this.nl = new TermIndex(items.map((i) => fields(i, 'nl')), tokenize, dutchTerms);
    this.en = new TermIndex(items.map((i) => fields(i, 'en')), tokenize, englishTerms);
  }

  /** Raw scores by item id (absent when nothing matches); only `candidates` are scored when given. */
  scores(text: string, language: Language, candidates?: readonly Offering[]): Map<string, number> {
    const out = new Map<string, number>();
    if (text.trim() === '') return out;
    let allowed: Uint8Array | undefined;
    if (candidates) {
      allowed = new Uint8Array(this.items.length);
      for (const c of candidates) {
        const at = this.position.get(c.id);
        if (at !== undefined) allowed[at] = 1;
      }
    }
    const add = (index: TermIndex, weight: number, typos: boolean): void => {
      for (const [doc, s] of index.score(text, typos, allowed)) {
        const id = this.items[doc].id;
        if (s * weight > (out.get(id) ?? 0)) out.set(id, s * weight);
      }
    };
    add(this.nl, language === 'nl' ? 1 : 0.85, language === 'nl');
    add(this.en, language === 'en' ? 1 : 0.85, language === 'en');
    return out;
  }
}
