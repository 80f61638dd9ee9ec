// The learned second opinion: probabilities for danger, urgency, kind of danger, topics and intents of one message.
import type { Intent, SafetySignal, Topic } from '../types';
import { learnedFeatures } from './features';
import { LinearModel } from './linearModel';
import type { ModelFile, Thresholds } from './modelFile';

export interface LearnedAssessment {
  /** Probability that the message signals danger or serious worry (concern or acute). */
  risk: number;
  /** Probability that the danger is now. */
  acute: number;
  signals: Map<SafetySignal, number>;
  topics: Map<Topic, number>;
  intents: Map<Intent, number>;
}

/** Messages shorter than this are one thought; reading them per sentence adds nothing. */
const SENTENCE_MIN_WORDS = 8;
const SENTENCE_END = /(?<=[.!?\n])\s+/;

export class LearnedLayer {
  private readonly model: LinearModel;
  readonly thresholds: Thresholds;

  constructor(file: ModelFile) {
    this.model = new LinearModel(file.model);
    this.thresholds = file.thresholds;
  }

  /**
   * `tokensOf` (the normaliser) lets urgency be read per sentence too: in a long story the one sentence that says "tonight"
   * is diluted by the rest. Measured over all tuning sets: acute found 90.7 → 93.1 %, false alarms 1.8 → 2.0 %.
   */
  assess(text: string, words: readonly string[], tokensOf?: (text: string) => string[]): LearnedAssessment {
    const p = this.model.predict(learnedFeatures(text, words));
    const acute = Math.max(p.get('acute') ?? 0, tokensOf && words.length >= SENTENCE_MIN_WORDS ? this.sentenceAcute(text, tokensOf) : 0);
    const group = <K extends string>(prefix: string) => {
      const out = new Map<K, number>();
      for (const [head, value] of p) if (head.startsWith(prefix)) out.set(head.slice(prefix.length) as K, value);
      return out;
    };
    return { risk: p.get('risk') ?? 0, acute, signals: group('signal:'), topics: group('topic:'), intents: group('intent:') };
  }

  private sentenceAcute(text: string, tokensOf: (text: string) => string[]): number {
    const sentences = text.split(SENTENCE_END).filter((sentence) => sentence.trim());
    if (sentences.length < 2) return 0;
    let acute = 0;
    for (const sentence of sentences) acute = Math.max(acute, this.model.predictHead(learnedFeatures(sentence, tokensOf(sentence)), 'acute') ?? 0);
    return acute;
  }
}
