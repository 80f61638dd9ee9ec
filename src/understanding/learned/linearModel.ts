// One-vs-rest logistic regression over sparse binary features: trained with seeded, averaged SGD, shipped as int8 weights per head.
import { StringTable } from '../stringTable';
import { documentKey, documentOrder } from './documentOrder';

export interface TrainingDocument {
  features: readonly string[];
  /** The heads this document is a positive example of ("risk", "signal:suicide", "topic:school" …). */
  labels: ReadonlySet<string>;
  /** Head groups this document is labelled for ("safety", "topic", "intent"); other heads learn nothing from it. */
  groups: ReadonlySet<string>;
}

/** "risk", "acute" and "signal:…" are safety heads; "topic:…" and "intent:…" are their own groups. */
export function headGroup(head: string): string {
  const prefix = head.split(':')[0];
  return prefix === 'topic' || prefix === 'intent' ? prefix : 'safety';
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** A feature needs at least this many documents to be kept. */
  minDocuments: number;
  /** Weight of a positive example per head (recall over precision for safety heads). */
  positiveWeight?: Record<string, number>;
  seed: number;
  /** The shipped weights are the average over every step from this epoch on (0-based). */
  averageFrom: number;
}

/** What is stored in the model file. */
export interface LinearModelData {
  heads: string[];
  features: string[];
  bias: number[];
  /** Per head: the int8 weight times scale is the real weight. */
  scale: number[];
  /** Feature-major int8 weights, base64: weights[feature * heads + head]. */
  weights: string;
}

export class LinearModel {
  private readonly index: StringTable;
  private readonly weights: Int8Array;
  private readonly headNames: string[];
  private readonly bias: number[];
  private readonly scale: number[];

  /** Keeps only what predicting needs: the file's feature list and base64 text (~4 MB) are not held on to. */
  constructor(data: LinearModelData) {
    this.index = new StringTable(data.features);
    this.weights = new Int8Array(Buffer.from(data.weights, 'base64'));
    if (this.weights.length !== data.features.length * data.heads.length) throw new Error('model weights do not match its features and heads');
    this.headNames = data.heads;
    this.bias = data.bias;
    this.scale = data.scale;
  }

  get heads(): readonly string[] {
    return this.headNames;
  }

  /** Probability per head. */
  predict(features: readonly string[]): Map<string, number> {
    const { headNames: heads, bias, scale } = this;
    const sums = new Float64Array(heads.length);
    let known = 0;
    for (const feature of features) {
      const row = this.index.get(feature);
      if (row === undefined) continue;
      known++;
      const offset = row * heads.length;
      for (let h = 0; h < heads.length; h++) sums[h] += this.weights[offset + h];
    }
    const norm = 1 / Math.sqrt(Math.max(known, 1));
    const out = new Map<string, number>();
    for (let h = 0; h < heads.length; h++) out.set(heads[h], sigmoid(bias[h] + sums[h] * scale[h] * norm));
    return out;
  }

  /** Probability of one head only (same value as `predict(features).get(head)`). */
  predictHead(features: readonly string[], head: string): number | undefined {
    const h = this.headNames.indexOf(head);
    if (h < 0) return undefined;
    const H = this.headNames.length;
    let sum = 0;
    let known = 0;
    for (const feature of features) {
      const row = this.index.get(feature);
      if (row === undefined) continue;
      known++;
      sum += this.weights[row * H + h];
    }
    return sigmoid(this.bias[h] + sum * this.scale[h] * (1 / Math.sqrt(Math.max(known, 1))));
  }

  toJSON(): LinearModelData {
    return {
      heads: this.headNames,
      features: this.index.strings(),
      bias: this.bias,
      scale: this.scale,
      weights: Buffer.from(this.weights.buffer, this.weights.byteOffset, this.weights.byteLength).toString('base64'),
    };
  }

  static train(documents: readonly TrainingDocument[], heads: readonly string[], options: TrainOptions): LinearModel {
    const counts = new Map<string, number>();
    for (const doc of documents) for (const feature of doc.features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
    const features = [...counts.entries()].filter(([, n]) => n >= options.minDocuments).map(([f]) => f).sort();
    const index = new Map(features.map((feature, i) => [feature, i]));
    const rows = documents.map((doc) => doc.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined));
    const H = heads.length;
    const weights = new Float64Array(features.length * H);
    const bias = new Float64Array(H);
    const positive = heads.map((head) => options.positiveWeight?.[head] ?? 1);
    const groups = heads.map(headGroup);
    // Averaged SGD: the shipped weights are the mean of the weights over the last epochs' steps, kept lazily (the weights
    // now minus each step's change times the steps taken before it, over the steps). The mean hardly depends on which
    // documents came last, so adding a few documents moves the model a little instead of reshuffling its edges.
    const stepsBefore = new Float64Array(weights.length);
    const biasStepsBefore = new Float64Array(H);
    let steps = 0;
    const keys = documents.map((doc) => documentKey(doc.features));
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      const rate = options.learningRate / (1 + epoch * 0.5);
      const averaging = epoch >= options.averageFrom;
      for (const d of documentOrder(keys, epoch, options.seed)) {
        const row = rows[d];
        const norm = 1 / Math.sqrt(Math.max(row.length, 1));
        const { labels, groups: known } = documents[d];
        for (let h = 0; h < H; h++) {
          if (!known.has(groups[h])) continue;
          let z = bias[h];
          for (const f of row) z += weights[f * H + h] * norm;
          const y = labels.has(heads[h]) ? 1 : 0;
          const gradient = (sigmoid(z) - y) * (y ? positive[h] : 1);
          const biasChange = rate * gradient * 0.1;
          bias[h] -= biasChange;
          if (averaging) biasStepsBefore[h] -= steps * biasChange;
          const step = rate * gradient * norm;
          for (const f of row) {
            const at = f * H + h;
            const change = step + rate * options.l2 * weights[at];
            weights[at] -= change;
            if (averaging) stepsBefore[at] -= steps * change;
          }
        }
        if (averaging) steps++;
      }
    }
    if (steps > 0) {
      for (let i = 0; i < weights.length; i++) weights[i] -= stepsBefore[i] / steps;
      for (let h = 0; h < H; h++) bias[h] -= biasStepsBefore[h] / steps;
    }
    return LinearModel.fromWeights(heads, features, bias, weights);
  }

  /** Quantises to int8 per head (largest weight → 127). */
  private static fromWeights(heads: readonly string[], features: string[], bias: Float64Array, weights: Float64Array): LinearModel {
    const H = heads.length;
    const scale = heads.map((_, h) => {
      let max = 0;
      for (let f = 0; f < features.length; f++) max = Math.max(max, Math.abs(weights[f * H + h]));
      return max > 0 ? max / 127 : 1;
    });
    const quantised = new Int8Array(weights.length);
    for (let i = 0; i < weights.length; i++) quantised[i] = Math.round(weights[i] / scale[i % H]);
    return new LinearModel({
      heads: [...heads],
      features,
      bias: [...bias].map((b) => Number(b.toFixed(6))),
      scale: scale.map((s) => Number(s.toPrecision(8))),
      weights: Buffer.from(quantised.buffer).toString('base64'),
    });
  }
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
