// Safety first: rule lexicons find danger (acute) or worry (concern) and what kind; idioms are masked before matching.
import type { SafetyData } from './data';
import { PatternIndex } from './patternIndex';
import { compilePattern, findMatches, type PatternMatch, type TokenPattern } from './patterns';
import type { SafetyLevel, SafetySignal } from './types';

export interface SafetyResult {
  level: SafetyLevel;
  signals: SafetySignal[];
  /** Signals only named (a mention pattern), when no acute or concern pattern fired. */
  mentions: SafetySignal[];
  /** The lexicon patterns that fired, for evaluation and debugging. */
  evidence: string[];
  /** The tokens with figures of speech masked, for the later steps. */
  masked: string[];
  /** The message tells of a danger as past and handled (a past marker and a handled marker are both there). */
  resolved: boolean;
  /** The danger is told as fiction, a school assignment or news. */
  distanced: boolean;
  /** Acute only because a concern was told with "nu" or "vanavond". */
  immediate: boolean;
  /** …and that "nu" stands inside or right after the few words of the danger itself ("ik wil nu echt dood", "ik wil dood nu meteen"), not elsewhere in the story. */
  nowInDanger: boolean;
  /** The person is said to be well now ("speelt nu weer vrolijk", "the doctor said it is fine"). */
  fineNow: boolean;
}

/** A "nu" within a danger phrase this short belongs to the danger ("wil nu echt dood"); in a longer span it may be the story's. */
const DANGER_PHRASE_MAX_WORDS = 6;

interface SignalPattern {
  signal: SafetySignal;
  level: 'acute' | 'concern' | 'mention';
  pattern: TokenPattern;
}

interface Farewell {
  signal: SafetySignal;
  cues: PatternIndex<{ group: string; pattern: TokenPattern }>;
  acuteWhen: string[][];
  unless: PatternIndex<{ pattern: TokenPattern }>;
}

/** What a masked figure of speech's words become. */
export const MASK_TOKEN = '_';

/** The tokens with every match of the index's patterns replaced by the mask. */
function masking(index: PatternIndex<{ pattern: TokenPattern }>, tokens: readonly string[]): string[] {
  const masked = [...tokens];
  for (const { item, alternatives } of index.candidates(tokens)) {
    for (const match of findMatches(item.pattern, masked, alternatives)) masked.fill(MASK_TOKEN, match.start, match.end);
  }
  return masked;
}

export class SafetyDetector {
  private readonly phrases: PatternIndex<SignalPattern>;
  private readonly idioms: PatternIndex<{ pattern: TokenPattern }>;
  private readonly markers: PatternIndex<{ pattern: TokenPattern }>;
  private readonly notImmediate: PatternIndex<{ pattern: TokenPattern }>;
  private readonly escalates: Set<SafetySignal>;
  private readonly past: PatternIndex<{ pattern: TokenPattern }>;
  private readonly handled: PatternIndex<{ pattern: TokenPattern }>;
  private readonly fineNow: PatternIndex<{ pattern: TokenPattern }>;
  private readonly distancing: PatternIndex<{ pattern: TokenPattern }>;
  private readonly farewell?: Farewell;

  constructor(data: SafetyData, idioms: string[]) {
    const phrases: SignalPattern[] = [];
    for (const [signal, entry] of Object.entries(data.signals) as Array<[SafetySignal, { acute: string[]; concern: string[]; mention: string[] }]>) {
      for (const source of entry.acute) phrases.push({ signal, level: 'acute', pattern: compilePattern(source) });
      for (const source of entry.concern) phrases.push({ signal, level: 'concern', pattern: compilePattern(source) });
      for (const source of entry.mention) phrases.push({ signal, level: 'mention', pattern: compilePattern(source) });
    }
    const indexed = (sources: string[]) => new PatternIndex(sources.map((source) => ({ pattern: compilePattern(source) })));
    this.phrases = new PatternIndex(phrases);
    this.idioms = indexed(idioms);
    this.markers = indexed(data.immediacy.markers);
    this.notImmediate = indexed(data.immediacy.notImmediate);
    this.escalates = new Set(data.immediacy.escalates);
    this.past = indexed(data.resolved.past);
    this.handled = indexed(data.resolved.handled);
    this.fineNow = indexed(data.resolved.fineNow);
    this.distancing = indexed(data.distanced);
    if (data.farewell) {
      const cues = Object.entries(data.farewell.cues).flatMap(([group, sources]) => sources.map((source) => ({ group, pattern: compilePattern(source) })));
      this.farewell = { signal: data.farewell.signal, cues: new PatternIndex(cues), acuteWhen: data.farewell.acuteWhen, unless: indexed(data.farewell.unless) };
    }
  }

  /** The first `acuteWhen` entry whose every cue group the message has, if any. */
  private farewellGroups(masked: readonly string[]): string[] | undefined {
    if (!this.farewell) return undefined;
    const groups = new Set(this.farewell.cues.matching(masked).map(({ item }) => item.group));
    // Most messages have no cue at all: the ordinary reasons are only read when a pair could fire.
    if (groups.size < 2 || this.farewell.unless.any(masked)) return undefined;
    return this.farewell.acuteWhen.find((entry) => entry.every((group) => groups.has(group)));
  }

  /** Replaces the tokens of figures of speech ("dood van het lachen", "doodmoe") by a mask. */
  maskIdioms(tokens: readonly string[]): string[] {
    return masking(this.idioms, tokens);
  }

  /** Where the immediacy markers stand, once the phrases where "nu" is not the danger's now are left out. */
  private immediacyMatches(tokens: readonly string[]): PatternMatch[] {
    const masked = masking(this.notImmediate, tokens);
    return this.markers.matching(masked).flatMap(({ found }) => found);
  }

  detect(tokens: readonly string[]): SafetyResult {
    const masked = this.maskIdioms(tokens);
    const acute = new Set<SafetySignal>();
    const concern = new Set<SafetySignal>();
    const mentioned = new Set<SafetySignal>();
    const evidence: string[] = [];
    const concernSpans: PatternMatch[] = [];
    for (const { item: phrase, found } of this.phrases.matching(masked)) {
      (phrase.level === 'acute' ? acute : phrase.level === 'concern' ? concern : mentioned).add(phrase.signal);
      if (phrase.level === 'concern' && this.escalates.has(phrase.signal)) concernSpans.push(...found);
      evidence.push(`${phrase.level}:${phrase.signal}:${phrase.pattern.source}`);
    }
    const farewell = this.farewellGroups(masked);
    if (farewell && this.farewell) {
      acute.add(this.farewell.signal);
      evidence.push(`acute:${this.farewell.signal}:farewell ${farewell.join('+')}`);
    }
    const fineNow = this.fineNow.any(masked);
    if (acute.size === 0 && concern.size === 0) {
      // A danger only named, in a story, a song or an assignment ("in mijn serie pleegde iemand zelfmoord"), is asked about at most.
      const distanced = mentioned.size > 0 && this.distancing.any(masked);
      return { level: 'none', signals: [], mentions: [...mentioned], evidence, masked, resolved: false, distanced, immediate: false, nowInDanger: false, fineNow };
    }
    const escalating = [...concern].filter((signal) => this.escalates.has(signal));
    const resolved = this.past.any(masked) && this.handled.any(masked);
    const distanced = this.distancing.any(masked);
    // "hij zit nu vast": the now of a handled danger does not make it happen now.
    const markers = acute.size === 0 && escalating.length > 0 && !resolved ? this.immediacyMatches(masked) : [];
    const immediate = markers.length > 0;
    const nowInDanger = markers.some((marker) => concernSpans.some((span) => span.end - span.start <= DANGER_PHRASE_MAX_WORDS && marker.start >= span.start && marker.start <= span.end));
    if (immediate) {
      for (const signal of escalating) acute.add(signal);
      evidence.push('acute:immediacy');
    }
    const signals = [...acute, ...[...concern].filter((signal) => !acute.has(signal))];
    return { level: acute.size > 0 ? 'acute' : 'concern', signals, mentions: [], evidence, masked, resolved, distanced, immediate, nowInDanger, fineNow };
  }
}
