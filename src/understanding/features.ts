// Feature extraction for the classifiers: Dutch stems, stem bigrams and a few shape markers.
import { stemmer as stemDutch } from '@orama/stemmers/dutch';

/** Function words that carry no topic; intent features keep them ("kan iemand me bellen"). */
export const STOPWORDS = new Set((
  'de het een en of maar dat die dit deze er is was ben bent zijn wordt worden word heb hebt heeft hebben had ' +
  'ik je jij u hij zij ze we wij jullie me mij mijn m zijn haar hun ons onze jouw jou hem zich ' +
  'in op aan van voor met bij naar om uit over tot door als dan ook nog al wel niet geen te zo heel erg veel ' +
  'wat wie hoe waar wanneer waarom welke kan kun kunnen wil wilt willen moet moeten zal zou zouden ga gaat gaan ' +
  'doe doet doen mag mogen even echt gewoon toch nu maar dus want omdat toen sinds soms vaak altijd nooit ' +
  'the a an and or but is are was were be been am i you he she it we they my your his her our their me him us ' +
  'to of in on at for with from by about as so very too not no do does did have has had can could will would ' +
  'what how when where why which that this these those there here just really'
).split(' '));

export function stems(tokens: readonly string[]): string[] {
  return tokens.filter((token) => token !== '_').map((token) => (/^\d+$/.test(token) ? '#num' : stemDutch(token)));
}

/** Content stems plus neighbouring-stem bigrams, for topic scoring. */
export function topicFeatures(tokens: readonly string[]): string[] {
  const content = stems(tokens.filter((token) => !STOPWORDS.has(token) && token.length > 1 && !/^\d+$/.test(token)));
  const features = [...content];
  for (let i = 1; i < content.length; i++) features.push(`${content[i - 1]}_${content[i]}`);
  return features;
}

/** All stems, bigrams and length/shape markers, for intent scoring. */
export function intentFeatures(tokens: readonly string[], text: string): string[] {
  const all = stems(tokens);
  const features = [...all];
  for (let i = 1; i < all.length; i++) features.push(`${all[i - 1]}_${all[i]}`);
  if (all.length > 0) features.push(`^${all[0]}`);
  const length = all.length <= 2 ? 'short' : all.length <= 6 ? 'medium' : all.length <= 14 ? 'long' : 'verylong';
  features.push(`#len_${length}`, `#len_${length}`);
  if (text.includes('?')) features.push('#question');
  return features;
}
