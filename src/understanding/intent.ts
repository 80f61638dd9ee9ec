// Decides the intent from weighted cue phrases (intents.yml keywords), topic evidence and a naive Bayes model.
import type { IntentsData } from './data';
import { intentFeatures } from './features';
import { NaiveBayes } from './naiveBayes';
import { PatternIndex } from './patternIndex';
import { compilePattern, type TokenPattern } from './patterns';
import type { Intent, SafetyLevel } from './types';

/** Tuning knobs, measured on the held-out set (see README). */
export const INTENT_TUNING = {
  /** Weight of the model's probability next to cue phrases (a cue of weight 1). */
  modelWeight: 2,
  /** Topic evidence counts for help_request up to this much. */
  topicCap: 4,
  /** Share of the topic evidence that counts for help_request. */
  topicShare: 0.8,
  /** A message that signals danger is a contact request only with at least this much contact cue. */
  safetyContactMin: 2,
  /** …and a privacy question with at least this much privacy cue. */
  safetyPrivacyMin: 4.5,
  /** An explicit wish for a person ("ik wil me aanmelden", "kunt u mij terugbellen") starts contact, however long the story after it. */
  explicitContactMin: 5,
  /** …when no other intent has a cue of this much. */
  explicitContactOtherMax: 2,
};

interface Cue {
  intent: Intent;
  pattern: TokenPattern;
  weight: number;
}

export class IntentClassifier {
  private readonly model: NaiveBayes<Intent>;
  private readonly cues: PatternIndex<Cue>;

  constructor(intents: IntentsData['intents'], normalise: (text: string) => string[]) {
    const documents: Array<{ label: Intent; features: string[] }> = [];
    const cues: Cue[] = [];
    for (const [intent, entry] of Object.entries(intents) as Array<[Intent, IntentsData['intents'][Intent]]>) {
      for (const example of entry.examples) documents.push({ label: intent, features: intentFeatures(normalise(example), example) });
      for (const [source, weight] of Object.entries(entry.keywords)) cues.push({ intent, pattern: compilePattern(source), weight });
    }
    this.cues = new PatternIndex(cues);
    this.model = new NaiveBayes(documents, 0.5);
  }

  /** Cue score per intent; each phrase counts once, and a counter-cue (negative) can take an intent's score down to 0, not below. */
  cueScores(tokens: readonly string[]): Map<Intent, number> {
    const scores = new Map<Intent, number>();
    for (const cue of this.cues.matched(tokens)) scores.set(cue.intent, (scores.get(cue.intent) ?? 0) + cue.weight);
    for (const [intent, score] of scores) if (score < 0) scores.set(intent, 0);
    return scores;
  }

  scores(tokens: readonly string[], text: string, topicEvidence: number, cues = this.cueScores(tokens)): Map<Intent, number> {
    const probabilities = this.model.predict(intentFeatures(tokens, text));
    const scores = new Map<Intent, number>();
    for (const [intent, probability] of probabilities) {
      let score = (cues.get(intent) ?? 0) + INTENT_TUNING.modelWeight * probability;
      if (intent === 'help_request') score += INTENT_TUNING.topicShare * Math.min(topicEvidence, INTENT_TUNING.topicCap);
      scores.set(intent, score);
    }
    return scores;
  }

  /** `learned` adds the learned layer's probability per intent, times `learnedWeight`. */
  classify(tokens: readonly string[], text: string, topicEvidence: number, safety: SafetyLevel = 'none', learned?: ReadonlyMap<Intent, number>, learnedWeight = 0): Intent {
    // The cue phrases are matched once: the rules below and the scores read the same figures.
    const cues = this.cueScores(tokens);
    const contact = cues.get('contact_request') ?? 0;
    const privacy = cues.get('privacy') ?? 0;
    if (safety === 'concern' || safety === 'acute') {
      // Danger is about the writer's situation; only a clear wish for a person makes it a contact request, and only a
      // clear question who reads along a privacy question (answered after the safety message). A mere `check` is a
      // question, and after "Nee" the conversation goes on with what the message asked, so it is read as usual.
      if (contact >= INTENT_TUNING.safetyContactMin && contact >= privacy) return 'contact_request';
      return privacy >= INTENT_TUNING.safetyPrivacyMin ? 'privacy' : 'help_request';
    }
    // An explicit wish for a person starts contact, unless the message also asks about an earlier request, who reads
    // along, or something we do not do.
    const otherCue = Math.max(cues.get('request_status') ?? 0, privacy, cues.get('out_of_scope') ?? 0);
    if (contact >= INTENT_TUNING.explicitContactMin && otherCue < INTENT_TUNING.explicitContactOtherMax) return 'contact_request';
    const scores = this.scores(tokens, text, topicEvidence, cues);
    for (const [intent, p] of learned ?? []) scores.set(intent, (scores.get(intent) ?? 0) + learnedWeight * p);
    let best: Intent = 'help_request';
    let bestScore = -Infinity;
    for (const [intent, score] of scores) {
      if (score > bestScore) {
        best = intent;
        bestScore = score;
      }
    }
    // A possible danger said with thanks and a goodbye ("sorry voor alle moeite. ik ga nu. doei") may be a farewell, and
    // one said as a joke may be meant: neither is taken as the end of the conversation or as something we do not do.
    if (safety === 'check' && (best === 'goodbye' || best === 'greeting' || best === 'out_of_scope')) return 'help_request';
    return best;
  }
}
