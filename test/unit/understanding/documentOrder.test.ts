// Training visits documents in an order keyed on their own features, so a few new examples leave the others' order alone.
import { documentKey, documentOrder } from '../../../src/understanding/learned/documentOrder';
import { LinearModel } from '../../../src/understanding/learned/linearModel';

const docs = Array.from({ length: 200 }, (_, i) => [`w:${i}`, `w:${i % 7}x`, `c:${(i * 31) % 17}`]);
const keys = docs.map(documentKey);

describe('documentOrder', () => {
  it('visits every document once per epoch, in an order that differs between epochs', () => {
    const first = documentOrder(keys, 0, 1);
    expect([...first].sort((a, b) => a - b)).toEqual(docs.map((_, i) => i));
    expect(documentOrder(keys, 1, 1)).not.toEqual(first);
  });

  it('keeps the relative order of the existing documents when new ones are added', () => {
    const before = documentOrder(keys, 3, 7).map((i) => docs[i].join(' '));
    const grown = [...docs, ['w:new1', 'c:3'], ['w:new2', 'c:4']];
    const after = documentOrder(grown.map(documentKey), 3, 7).map((i) => grown[i].join(' ')).filter((d) => !d.includes('new'));
    expect(after).toEqual(before);
  });
});

describe('LinearModel.train', () => {
  const training = docs.map((features, i) => ({ features, labels: new Set(i % 3 === 0 ? ['risk'] : []), groups: new Set(['safety']) }));
  const options = { epochs: 4, learningRate: 0.6, l2: 3e-4, minDocuments: 1, seed: 5, averageFrom: 2 };

  it('gives the same model on the same documents, whatever order they are listed in', () => {
    const a = LinearModel.train(training, ['risk'], options).toJSON();
    const b = LinearModel.train([...training].reverse(), ['risk'], options).toJSON();
    expect(b.weights).toBe(a.weights);
    expect(b.bias).toEqual(a.bias);
  });

  it('learns the labelled pattern', () => {
    const model = LinearModel.train(training, ['risk'], options);
    expect(model.predict(['w:0', 'w:0x', 'c:0']).get('risk')).toBeGreaterThan(model.predict(['w:1', 'w:1x', 'c:14']).get('risk') ?? 1);
  });
});
