// Entity parsers the request form and the understander share.
export { parseAge, type AgeResult } from './age';
export { parseRole } from './role';
export { parsePostcode, parsePhone, parseEmail } from './contact';
export { parseWhen } from './when';
export { numberWordValue, numberWordsToDigits } from './numbers';
export { parseReference } from './reference';
