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

export class LearnedLayer {
  private readonly model: LinearModel;
  readonly thresholds: Thresholds;

  constructor(file: ModelFile) {
    this.model = new LinearModel(file.model);
    this.thresholds = file.thresholds;
  }

  assess(text: string, words: readonly string[]): LearnedAssessment {
    const p = this.model.predict(learnedFeatures(text, words));
    const group = <K extends string>(prefix: string) => {
      const out = new Map<K, number>();
      for (const [head, value] of p) if (head.startsWith(prefix)) out.set(head.slice(prefix.length) as K, value);
      return out;
    };
    return { risk: p.get('risk') ?? 0, acute: p.get('acute') ?? 0, signals: group('signal:'), topics: group('topic:'), intents: group('intent:') };
  }
}
