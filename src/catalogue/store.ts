// Hot reload: serves the current catalogue, reloads when a data file changes, and keeps the old data when the new files are invalid.
import { watch, type FSWatcher } from 'node:fs';
import type { Catalogue } from './catalogue';
import { defaultCatalogueDir, loadCatalogue } from './loader';
import type { AdviceQuery, AdviceResult, CatalogueReader, Offering, Service, WijTeam } from './types';

export interface CatalogueStoreOptions {
  dir?: string;
  /** Called after a successful reload. */
  onReload?: (catalogue: Catalogue) => void;
  /** Called when the changed files are invalid; the old data keeps serving. The caller logs it. */
  onError?: (error: unknown) => void;
  /** Wait this long after the last change before reloading (editors write in bursts). */
  debounceMs?: number;
  /** Start watching the folder at once (default true). */
  watch?: boolean;
}

/** A CatalogueReader that always answers from the latest valid data. Loads once at construction (throws when invalid). */
export class CatalogueStore implements CatalogueReader {
  private catalogue: Catalogue;
  private watcher?: FSWatcher;
  private timer?: NodeJS.Timeout;
  readonly dir: string;

  constructor(private readonly options: CatalogueStoreOptions = {}) {
    this.dir = options.dir ?? defaultCatalogueDir();
    this.catalogue = loadCatalogue(this.dir);
    if (options.watch !== false) this.start();
  }

  current(): Catalogue { return this.catalogue; }
  search(query: AdviceQuery): AdviceResult { return this.catalogue.search(query); }
  teamForPostcode(postcode: string): WijTeam | undefined { return this.catalogue.teamForPostcode(postcode); }
  teams(): WijTeam[] { return this.catalogue.teams(); }
  get(id: string): Offering | Service | undefined { return this.catalogue.get(id); }

  /** Loads the files now; true when the new data was taken, false when it was refused. */
  reload(): boolean {
    try {
      this.catalogue = loadCatalogue(this.dir);
      this.options.onReload?.(this.catalogue);
      return true;
    } catch (error) {
      this.options.onError?.(error);
      return false;
    }
  }

  private start(): void {
    this.watcher = watch(this.dir, { persistent: false }, (_event, file) => {
      if (file && !/\.ya?ml$/.test(file.toString())) return;
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => { this.timer = undefined; this.reload(); }, this.options.debounceMs ?? 150);
    });
    this.watcher.on('error', (error) => this.options.onError?.(error));
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.watcher?.close();
    this.watcher = undefined;
  }
}

/** Function form: watches `dir` and calls back with each new valid catalogue or with the error. */
export function watchCatalogue(
  dir: string, onChange: (catalogue: Catalogue) => void, onError: (error: unknown) => void, debounceMs?: number,
): { current: () => Catalogue; close: () => void } {
  const store = new CatalogueStore({ dir, onReload: onChange, onError, debounceMs });
  return { current: () => store.current(), close: () => store.close() };
}
