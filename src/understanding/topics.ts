// Ranks topics by weighted lexicon phrases plus a naive Bayes model trained on the topic examples.
import type { TopicsData } from './data';
import { topicFeatures } from './features';
import { NaiveBayes } from './naiveBayes';
import { PatternIndex } from './patternIndex';
import { compilePattern, type TokenPattern } from './patterns';
import type { Topic } from './types';

interface Keyword {
  topic: Topic;
  pattern: TokenPattern;
  weight: number;
}

export interface TopicScore {
  topic: Topic;
  score: number;
}

/** Tuning knobs, measured on the held-out set (see README). */
export const TOPIC_TUNING = {
  /** How much the classifier's probability counts next to one lexicon hit of weight 1. */
  modelWeight: 1.5,
  /** Minimum score for a topic to be listed at all. */
  minScore: 0.4,
  /** A topic is listed when it reaches this share of the best score. */
  relativeCut: 0.2,
  /** Without any lexicon hit, the model must be this sure. */
  modelOnlyMin: 0.55,
  maxTopics: 4,
};

export class TopicRanker {
  private readonly keywords: PatternIndex<Keyword>;
  private readonly model: NaiveBayes<Topic>;

  constructor(topics: TopicsData['topics'], normalise: (text: string) => string[]) {
    const documents: Array<{ label: Topic; features: string[] }> = [];
    const keywords: Keyword[] = [];
    for (const [topic, entry] of Object.entries(topics) as Array<[Topic, TopicsData['topics'][Topic]]>) {
      for (const [source, weight] of Object.entries(entry.keywords)) keywords.push({ topic, pattern: compilePattern(source), weight });
      for (const example of entry.examples) documents.push({ label: topic, features: topicFeatures(normalise(example)) });
    }
    this.keywords = new PatternIndex(keywords);
    this.model = new NaiveBayes(documents, 0.3);
  }

  /** Adds the tail of long compounds as an extra word when the tail is a known word ("borstkanker" → "kanker"). */
  static compoundTails(tokens: readonly string[], known: (word: string) => boolean): string[] {
    const tails: string[] = [];
    for (const token of tokens) {
      if (token.length < 9 || known(token)) continue;
      for (let cut = 3; cut <= token.length - 4; cut++) {
        const tail = token.slice(cut);
        if (known(tail)) {
          tails.push(tail);
          break;
        }
      }
    }
    return tails.length ? [...tokens, ...tails] : [...tokens];
  }

  /** Lexicon score per topic; each phrase counts once, however often it occurs. */
  lexiconScores(tokens: readonly string[]): Map<Topic, number> {
    const scores = new Map<Topic, number>();
    for (const keyword of this.keywords.matched(tokens)) {
      scores.set(keyword.topic, (scores.get(keyword.topic) ?? 0) + keyword.weight);
    }
    return scores;
  }

  /** `extra` adds evidence from elsewhere (the topic a safety signal points to); `lexicon` may be passed when known. */
  score(tokens: readonly string[], extra: ReadonlyMap<Topic, number> = new Map(), known?: ReadonlyMap<Topic, number>): TopicScore[] {
    const lexicon = new Map(known ?? this.lexiconScores(tokens));
    for (const [topic, weight] of extra) lexicon.set(topic, (lexicon.get(topic) ?? 0) + weight);
    const features = topicFeatures(tokens);
    const hasModelEvidence = this.model.knownCount(features) > 0;
    const probabilities = hasModelEvidence ? this.model.predict(features) : new Map<Topic, number>();
    const best = Math.max(0, ...probabilities.values());
    const scores: TopicScore[] = [];
    for (const topic of this.model.labels) {
      const lexiconScore = lexicon.get(topic) ?? 0;
      const probability = probabilities.get(topic) ?? 0;
      const modelCounts = lexicon.size > 0 || best >= TOPIC_TUNING.modelOnlyMin;
      const score = lexiconScore + (modelCounts ? TOPIC_TUNING.modelWeight * probability : 0);
      if (score > 0) scores.push({ topic, score });
    }
    return scores.sort((a, b) => b.score - a.score);
  }

  rank(tokens: readonly string[], extra: ReadonlyMap<Topic, number> = new Map(), known?: ReadonlyMap<Topic, number>): Topic[] {
    const scores = this.score(tokens, extra, known);
    const top = scores[0]?.score ?? 0;
    return scores
      .filter((entry) => entry.score >= TOPIC_TUNING.minScore && entry.score >= top * TOPIC_TUNING.relativeCut)
      .slice(0, TOPIC_TUNING.maxTopics)
      .map((entry) => entry.topic);
  }
}
