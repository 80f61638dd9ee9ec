// Shared preparation for the entity parsers: folded text with common chat spellings and number words fixed.
import { foldText } from '../text';
import { numberWordsToDigits } from './numbers';

const CHAT_SPELLINGS: Array<[RegExp, string]> = [
  [/\b(?:m'n|mn|myn|mijne|mein|mij n)\b/g, 'mijn'],
  [/\b(?:z'n|zn|zyn)\b/g, 'zijn'],
  [/\b(?:'k|k)\s+(ben|word|heb|zit|wil)\b/g, 'ik $1'],
  [/\bk(ben|word|heb|zit|wil)\b/g, 'ik $1'],
  [/\b(?:i'm|im)\b/g, 'i am'],
  [/\bbn\b/g, 'ben'],
  [/\bjr\b/g, 'jaar'],
  [/\byrs?\b/g, 'years'],
];

/** The last few preparations: one message goes through several parsers (age, role) in a row. */
const recent = new Map<string, string>();

/** Folds, fixes chat spellings of "mijn", "ik ben" and friends, and turns number words into digits. */
export function prepareForEntities(text: string): string {
  const known = recent.get(text);
  if (known !== undefined) return known;
  const prepared = prepare(text);
  if (recent.size >= 8) recent.delete(recent.keys().next().value as string);
  recent.set(text, prepared);
  return prepared;
}

function prepare(text: string): string {
  let prepared = foldText(text).replace(/\s+/g, ' ').trim();
  for (const [pattern, replacement] of CHAT_SPELLINGS) prepared = prepared.replace(pattern, replacement);
  return numberWordsToDigits(prepared);
}

/** Child words a parent uses; "jongen"/"meisje" only count with an age ("mijn meisje" may be a girlfriend). */
export const CHILD_NOUNS =
  'zoon|zoontje|zoonlief|dochter|dochtertje|dochterlief|kind|kindje|kinderen|kids|kid|puber|tiener|baby|peuter|kleuter|' +
  'stiefzoon|stiefdochter|pleegzoon|pleegdochter|pleegkind|oudste|jongste|middelste|son|daughter|child|children|teenager|toddler';
