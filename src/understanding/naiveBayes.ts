// A small multinomial naive Bayes classifier, trained at start-up from the example sentences in the data files.

export class NaiveBayes<Label extends string> {
  private readonly logPrior = new Map<Label, number>();
  private readonly logLikelihood = new Map<Label, Map<string, number>>();
  private readonly logUnseen = new Map<Label, number>();
  private readonly vocabulary = new Set<string>();

  constructor(documents: ReadonlyArray<{ label: Label; features: string[] }>, private readonly alpha = 0.5, uniformPrior = true) {
    const counts = new Map<Label, Map<string, number>>();
    const totals = new Map<Label, number>();
    const docCounts = new Map<Label, number>();
    for (const { label, features } of documents) {
      const labelCounts = counts.get(label) ?? new Map<string, number>();
      counts.set(label, labelCounts);
      docCounts.set(label, (docCounts.get(label) ?? 0) + 1);
      for (const feature of features) {
        labelCounts.set(feature, (labelCounts.get(feature) ?? 0) + 1);
        totals.set(label, (totals.get(label) ?? 0) + 1);
        this.vocabulary.add(feature);
      }
    }
    const size = this.vocabulary.size;
    for (const [label, labelCounts] of counts) {
      const denominator = (totals.get(label) ?? 0) + alpha * size;
      const likelihood = new Map<string, number>();
      for (const [feature, count] of labelCounts) likelihood.set(feature, Math.log((count + alpha) / denominator));
      this.logLikelihood.set(label, likelihood);
      this.logUnseen.set(label, Math.log(alpha / denominator));
      this.logPrior.set(label, uniformPrior ? 0 : Math.log((docCounts.get(label) ?? 0) / documents.length));
    }
  }

  get labels(): Label[] {
    return [...this.logLikelihood.keys()];
  }

  /** Posterior probabilities per label; features never seen in training are ignored. */
  predict(features: readonly string[]): Map<Label, number> {
    const known = features.filter((feature) => this.vocabulary.has(feature));
    const scores = new Map<Label, number>();
    let max = -Infinity;
    for (const [label, likelihood] of this.logLikelihood) {
      let score = this.logPrior.get(label) ?? 0;
      const unseen = this.logUnseen.get(label) ?? 0;
      for (const feature of known) score += likelihood.get(feature) ?? unseen;
      scores.set(label, score);
      if (score > max) max = score;
    }
    let sum = 0;
    for (const [label, score] of scores) {
      const value = Math.exp(score - max);
      scores.set(label, value);
      sum += value;
    }
    for (const [label, value] of scores) scores.set(label, value / sum);
    return scores;
  }

  /** How many of the features the classifier knows. */
  knownCount(features: readonly string[]): number {
    return features.filter((feature) => this.vocabulary.has(feature)).length;
  }
}
