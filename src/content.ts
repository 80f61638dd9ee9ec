// Loads and validates every content file at start-up (texts, match words, catalogue, understanding data); a bad file stops start-up.
import path from 'node:path';
// From the store itself: the catalogue index also loads the CSV import, and the YAML parser with it.
import { CatalogueStore } from './catalogue/store';
import type { CatalogueReader } from './catalogue/types';
import { loadMatchWords, type MatchWords } from './conversation/matchWords';
import type { Logger } from './logger';
import { loadTexts, type Texts } from './texts/loadTexts';
import { type Helplines, loadHelplines } from './bot/helplines';
import type { TurnUnderstander } from './understanding/types';

export interface Content {
  texts: Texts;
  matchWords: MatchWords;
  /** The current catalogue; a getter, because an edited data file is picked up while the bot runs. */
  catalogue: () => CatalogueReader;
  understander: TurnUnderstander;
  helplines: Helplines;
  close(): void;
}

export interface ContentOptions {
  /** Watch data/catalogue and reload on change; a bad edit is refused and logged while the old data keeps serving. */
  watchCatalogue?: boolean;
  /** Called when code asks for a text key that no locale has (tests make this fail). */
  onMissingKey?: (key: string) => void;
  logger?: Logger;
  /** An understander built elsewhere (the app's worker thread, already started and so already validated). */
  understander?: TurnUnderstander;
}

export function loadContent(root: string, options: ContentOptions = {}): Content {
  const texts = loadTexts(path.join(root, 'locales'), options.onMissingKey ?? ((key) => options.logger?.error({ key }, 'text key missing')));
  const matchWords = loadMatchWords(path.join(root, 'data', 'conversation', 'match.yml'));
  const store = new CatalogueStore({
    dir: path.join(root, 'data', 'catalogue'),
    watch: options.watchCatalogue ?? false,
    onReload: () => options.logger?.info('catalogue reloaded'),
    onError: (error) => options.logger?.error({ err: { message: (error as Error).message } }, 'catalogue change refused; the previous data keeps serving'),
  });
  const understander = options.understander ?? inThreadUnderstander();
  const helplines = loadHelplines(path.join(root, 'data', 'safety', 'helplines.yml'));
  return { texts, matchWords, catalogue: () => store.current(), understander, helplines, close: () => store.close() };
}

/** Loaded only when used: with the understanding worker, this thread never loads the rules or the learned layer. */
function inThreadUnderstander(): TurnUnderstander {
  const { createUnderstander } = require('./understanding/understander') as typeof import('./understanding/understander');
  return createUnderstander();
}
