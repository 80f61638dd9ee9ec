// Age from free text: "ik ben vijftien", "mijn dochter van twaalf", "ik word volgende maand 18" (→ 17), "I am fifteen".
import { CHILD_NOUNS, prepareForEntities } from './prepare';

export interface AgeResult {
  age: number;
  ageOf?: 'self' | 'child';
}

const NUMBER = '(\\d{1,2}(?:[.,]5)?)';
const NOT_AN_AGE_UNIT = '(?!\\s*(?:[.,:]\\d|minuten|min\\b|keer|euro|uur|kilo|kg|cm|weken|dagen|maanden|procent|%|x\\b|minutes|times|hours|pounds))';
const CHILDREN = `(?:${CHILD_NOUNS}|jongen|meisje|meid|boy|girl)`;

interface AgeRule {
  pattern: RegExp;
  ageOf?: 'self' | 'child';
  /** "ik word 18" means 17 now. */
  minusOne?: (match: RegExpMatchArray) => boolean;
}

const RULES: AgeRule[] = [
  { pattern: new RegExp(`\\b(?:ik|i)\\s+(?:word|wordt|turn|will turn|will be|am turning)\\s+(?:[a-z]+\\s+){0,3}?${NUMBER}\\b`), ageOf: 'self', minusOne: () => true },
  { pattern: new RegExp(`\\b(?:ik ben|ben|i am)\\s+(?:pas |net |al |nu |(bijna) |almost )?${NUMBER}\\b${NOT_AN_AGE_UNIT}`), ageOf: 'self', minusOne: (m) => m[1] !== undefined },
  { pattern: new RegExp(`\\b(?:ik ben|i am)\\s+(?:een|a)\\s+(?:[a-z]+\\s+){0,2}?(?:van|of)\\s+${NUMBER}\\b`), ageOf: 'self' },
  { pattern: new RegExp(`\\b${NUMBER}[- ]?(?:jarige|year[- ]old)\\s+(?:${CHILDREN})\\b`), ageOf: 'child' },
  {
    pattern: new RegExp(`\\b(?:${CHILDREN})\\s*[,(]?\\s*(?:is|van|(wordt)|of|is nu|is already|is al|,)?\\s*${NUMBER}\\b${NOT_AN_AGE_UNIT}`),
    ageOf: 'child',
    minusOne: (m) => m[1] !== undefined,
  },
  { pattern: new RegExp(`\\b(?:ik|i)\\b(?:\\s+[a-z]+){0,2}\\s+${NUMBER}\\s+(?:jaar|years)`), ageOf: 'self' },
  // A plain fact as an answer: "ze is zes", "hij wordt 12" (→ 11), "she's 9".
  {
    pattern: new RegExp(`^\\s*(?:hij|zij|ze|he|she|he's|she's)\\s+(?:is\\s+|(wordt)\\s+|is nu\\s+|is al\\s+)?${NUMBER}\\b${NOT_AN_AGE_UNIT}`),
    ageOf: 'child',
    minusOne: (m) => m[1] !== undefined,
  },
  { pattern: new RegExp(`\\b${NUMBER}\\s+(?:jaar|years)(?:\\s+(?:oud|old))?\\b`) },
  { pattern: new RegExp(`^\\s*${NUMBER}\\s*[.!]?\\s*$`) },
];

/** Finds an age and whose it is; undefined when the text states none. Halves round down ("2,5 jaar" → 2). */
export function parseAge(text: string): AgeResult | undefined {
  const prepared = prepareForEntities(text);
  for (const rule of RULES) {
    const match = prepared.match(rule.pattern);
    if (!match) continue;
    const numberText = match[match.length - 1];
    let age = Math.floor(Number(numberText.replace(',', '.')));
    if (rule.minusOne?.(match)) age -= 1;
    if (!Number.isFinite(age) || age < 0 || age > 99) continue;
    return rule.ageOf ? { age, ageOf: rule.ageOf } : { age };
  }
  return undefined;
}
