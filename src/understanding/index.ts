// The understanding module: safety, intent, topics and Dutch entities for every message.
export * from './types';
export { createUnderstander, NluUnderstander, type UnderstanderOptions } from './understander';
export { parseAge, parseRole, parsePostcode, parsePhone, parseEmail, parseWhen, parseReference, type AgeResult } from './entities';
export { loadUnderstandingData, defaultDataDir, type UnderstandingData } from './data';
