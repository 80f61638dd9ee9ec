// Loads and validates every content file at start-up (texts, match words, catalogue, understanding data); a bad file stops start-up.
import path from 'node:path';
import { loadCatalogue } from './catalogue';
import type { CatalogueReader } from './catalogue/types';
import { loadMatchWords, type MatchWords } from './conversation/matchWords';
import { loadTexts, type Texts } from './texts/loadTexts';
import { createUnderstander } from './understanding';
import type { Understander } from './understanding/types';

export interface Content {
  texts: Texts;
  matchWords: MatchWords;
  /** The current catalogue; a getter so a reload can swap it while the bot runs. */
  catalogue: () => CatalogueReader;
  understander: Understander;
}

export function loadContent(root: string): Content {
  const texts = loadTexts(path.join(root, 'locales'));
  const matchWords = loadMatchWords(path.join(root, 'data', 'conversation', 'match.yml'));
  const catalogue = loadCatalogue(path.join(root, 'data', 'catalogue'));
  const understander = createUnderstander();
  return { texts, matchWords, catalogue: () => catalogue, understander };
}
