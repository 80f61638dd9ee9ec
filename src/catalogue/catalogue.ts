// The loaded catalogue: Steunpalet offerings, services close by and WIJ teams, with search and postcode lookup.
import type { CatalogueData } from './loader';
import { inRange, parseRange, postcodeNumber, rangeSize } from './postcode';
import { prepare, type Prepared } from './prepared';
import { searchOfferings, type Scored } from './search';
import { searchServices } from './serviceSearch';
import { TextIndex } from './textIndex';
import type { AdviceQuery, AdviceResult, CatalogueReader, Offering, SearchFallback, Service, WijTeam } from './types';

export const DEFAULT_LIMIT = 3;
/** How many ranked candidates an explanation lists. */
const EXPLAIN_DEPTH = 20;

/** Everything the search decided, for the CLI and for tests: what was offered and why. */
export interface SearchExplanation {
  result: AdviceResult;
  team?: WijTeam;
  area?: string;
  fallbacks: SearchFallback[];
  counts: Record<string, number>;
  /** The best candidates with their score parts (up to 20, or the limit when higher). */
  offerings: Scored<Offering>[];
  services: Scored<Service>[];
}

export class Catalogue implements CatalogueReader {
  private readonly offeringIndex: TextIndex;
  private readonly serviceIndex: TextIndex;
  private readonly ranges: { team: WijTeam; from: number; to: number; size: number }[];
  private readonly byId: Map<string, Offering | Service>;
  private readonly prepared: Prepared<Offering>[];

  constructor(private readonly data: CatalogueData) {
    this.prepared = prepare(data.offerings);
    this.offeringIndex = new TextIndex(data.offerings);
    this.serviceIndex = new TextIndex(data.services);
    this.ranges = data.teams.flatMap((team) => (team.postcodes ?? []).map((text) => {
      const r = parseRange(text);
      return { team, ...r, size: rangeSize(r) + (team.fallback ? 100_000 : 0) };
    })).sort((a, b) => a.size - b.size || a.from - b.from);
    this.byId = new Map<string, Offering | Service>([...data.offerings, ...data.services].map((o) => [o.id, o]));
  }

  offerings(): readonly Offering[] { return this.data.offerings; }
  services(): readonly Service[] { return this.data.services; }
  teams(): WijTeam[] { return [...this.data.teams]; }
  get(id: string): Offering | Service | undefined { return this.byId.get(id); }

  /** The city-wide team, used when the postcode is unknown or missing. */
  fallbackTeam(): WijTeam | undefined { return this.data.teams.find((t) => t.fallback); }

  /** "9741 AB" → the team whose narrowest range holds 9741; the fallback team only when no area team does. */
  teamForPostcode(postcode: string): WijTeam | undefined {
    const n = postcodeNumber(postcode);
    if (n === undefined) return undefined;
    return this.ranges.find((r) => inRange(n, r))?.team;
  }

  search(query: AdviceQuery): AdviceResult {
    return this.explain(query).result;
  }

  explain(query: AdviceQuery): SearchExplanation {
    const fallbacks: SearchFallback[] = [];
    const found = query.postcode ? this.teamForPostcode(query.postcode) : undefined;
    if (query.postcode && (!found || found.fallback)) fallbacks.push('postcode_unknown');
    const area = found && !found.fallback ? found.area : undefined;
    const limit = Math.max(query.limit ?? DEFAULT_LIMIT, 0);
    const offers = searchOfferings(this.prepared, query, area, this.offeringIndex, Math.max(limit, EXPLAIN_DEPTH));
    fallbacks.push(...offers.fallbacks);
    const services = searchServices(this.data.services, query, area, this.serviceIndex);
    const team = found ?? this.fallbackTeam();
    const result: AdviceResult = {
      offerings: offers.ranked.slice(0, limit).map((s) => s.item),
      services: services.map((s) => s.item),
      team,
      fallbacks,
    };
    return { result, team, area, fallbacks, counts: offers.counts, offerings: offers.ranked, services };
  }
}
