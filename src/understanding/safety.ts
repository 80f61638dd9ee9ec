// Safety first: rule lexicons find danger (acute) or worry (concern) and what kind; idioms are masked before matching.
import type { SafetyData } from './data';
import { compilePattern, findMatches, type TokenPattern } from './patterns';
import type { SafetyLevel, SafetySignal } from './types';

export interface SafetyResult {
  level: SafetyLevel;
  signals: SafetySignal[];
  /** The lexicon patterns that fired, for evaluation and debugging. */
  evidence: string[];
}

interface SignalPattern {
  signal: SafetySignal;
  level: 'acute' | 'concern';
  pattern: TokenPattern;
}

const MASK = '_';

export class SafetyDetector {
  private readonly phrases: SignalPattern[] = [];
  private readonly idioms: TokenPattern[];
  private readonly markers: TokenPattern[];
  private readonly notImmediate: TokenPattern[];
  private readonly escalates: Set<SafetySignal>;

  constructor(data: SafetyData, idioms: string[]) {
    for (const [signal, entry] of Object.entries(data.signals) as Array<[SafetySignal, { acute: string[]; concern: string[] }]>) {
      for (const source of entry.acute) this.phrases.push({ signal, level: 'acute', pattern: compilePattern(source) });
      for (const source of entry.concern) this.phrases.push({ signal, level: 'concern', pattern: compilePattern(source) });
    }
    this.idioms = idioms.map(compilePattern);
    this.markers = data.immediacy.markers.map(compilePattern);
    this.notImmediate = data.immediacy.notImmediate.map(compilePattern);
    this.escalates = new Set(data.immediacy.escalates);
  }

  /** Replaces the tokens of figures of speech ("dood van het lachen", "doodmoe") by a mask. */
  maskIdioms(tokens: readonly string[]): string[] {
    const masked = [...tokens];
    for (const idiom of this.idioms) {
      for (const match of findMatches(idiom, masked)) masked.fill(MASK, match.start, match.end);
    }
    return masked;
  }

  private isImmediate(tokens: readonly string[]): boolean {
    const masked = [...tokens];
    for (const pattern of this.notImmediate) {
      for (const match of findMatches(pattern, masked)) masked.fill(MASK, match.start, match.end);
    }
    return this.markers.some((marker) => findMatches(marker, masked).length > 0);
  }

  detect(tokens: readonly string[]): SafetyResult {
    const masked = this.maskIdioms(tokens);
    const acute = new Set<SafetySignal>();
    const concern = new Set<SafetySignal>();
    const evidence: string[] = [];
    for (const phrase of this.phrases) {
      if (findMatches(phrase.pattern, masked).length === 0) continue;
      (phrase.level === 'acute' ? acute : concern).add(phrase.signal);
      evidence.push(`${phrase.level}:${phrase.signal}:${phrase.pattern.source}`);
    }
    if (acute.size === 0 && concern.size === 0) return { level: 'none', signals: [], evidence };
    const escalating = [...concern].filter((signal) => this.escalates.has(signal));
    if (acute.size === 0 && escalating.length > 0 && this.isImmediate(masked)) {
      for (const signal of escalating) acute.add(signal);
      evidence.push('acute:immediacy');
    }
    const signals = [...acute, ...[...concern].filter((signal) => !acute.has(signal))];
    return { level: acute.size > 0 ? 'acute' : 'concern', signals, evidence };
  }
}
