// Decides the intent with a naive Bayes model over the intent examples, nudged by topic evidence.
import type { IntentsData } from './data';
import { intentFeatures } from './features';
import { NaiveBayes } from './naiveBayes';
import type { Intent } from './types';

export class IntentClassifier {
  private readonly model: NaiveBayes<Intent>;

  constructor(intents: IntentsData['intents'], normalise: (text: string) => string[]) {
    const documents: Array<{ label: Intent; features: string[] }> = [];
    for (const [intent, entry] of Object.entries(intents) as Array<[Intent, { examples: string[] }]>) {
      for (const example of entry.examples) documents.push({ label: intent, features: intentFeatures(normalise(example), example) });
    }
    this.model = new NaiveBayes(documents, 0.5);
  }

  probabilities(tokens: readonly string[], text: string): Map<Intent, number> {
    return this.model.predict(intentFeatures(tokens, text));
  }

  /** The most likely intent; a message with clear topic words and no other strong cue is a help request. */
  classify(tokens: readonly string[], text: string, topicEvidence: number): Intent {
    const probabilities = this.probabilities(tokens, text);
    if (this.model.knownCount(intentFeatures(tokens, text)) <= 2 && topicEvidence === 0 && tokens.length > 3) return 'out_of_scope';
    let best: Intent = 'help_request';
    let bestScore = -1;
    for (const [intent, probability] of probabilities) {
      const boosted = intent === 'help_request' ? probability + Math.min(topicEvidence, 3) * 0.1 : probability;
      if (boosted > bestScore) {
        best = intent;
        bestScore = boosted;
      }
    }
    return best;
  }
}
