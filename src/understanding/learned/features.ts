// Features for the learned layer: standard words, word pairs and character n-grams of the typed words (typos and dialect still share most n-grams).
import { foldText, tokenize } from '../text';

const CHAR_SIZES = [3, 4, 5];

/** Distinct feature strings of one message; `words` are the normalised tokens, the character n-grams come from what was typed. */
export function learnedFeatures(text: string, words: readonly string[]): string[] {
  const features = new Set<string>();
  const content = words.filter((word) => word !== '_');
  for (const word of content) features.add(`w:${word}`);
  for (let i = 1; i < content.length; i++) features.add(`b:${content[i - 1]} ${content[i]}`);
  for (const raw of tokenize(foldText(text))) {
    const padded = `<${raw.replace(/([a-z])\1{2,}/g, '$1$1')}>`;
    for (const size of CHAR_SIZES) {
      for (let start = 0; start + size <= padded.length; start++) features.add(`c:${padded.slice(start, start + size)}`);
    }
  }
  return [...features];
}
