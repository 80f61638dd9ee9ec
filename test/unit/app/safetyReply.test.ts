// Which helplines a safety answer shows, for the signals and for who is chatting.
import { helplineKeys } from '../../../src/bot/safetyReply';
import type { SafetyLevel, SafetySignal, Understanding } from '../../../src/understanding/types';

const understanding = (safety: SafetyLevel, safetySignals: SafetySignal[]): Understanding => ({
  text: '', intent: 'help_request', topics: [], safety, safetySignals, entities: {}, language: 'nl',
});

describe('helplines', () => {
  it.each([
    ['acute suicide, young person', 'acute', ['suicide'], 'young', ['safety.line112', 'safety.line113', 'safety.lineKindertelefoon']],
    ['violence at home, parent', 'concern', ['violence'], 'parent', ['safety.lineVeiligThuis']],
    ['abuse, young person', 'concern', ['abuse'], 'young', ['safety.lineVeiligThuis', 'safety.lineKindertelefoon']],
    ['eating problem, parent', 'concern', ['eating'], 'parent', ['safety.lineHuisarts']],
    ['self-harm, unknown', 'concern', ['selfharm'], undefined, ['safety.line113', 'safety.lineKindertelefoon']],
    ['medical emergency, parent', 'acute', ['medical'], 'parent', ['safety.line112', 'safety.lineHuisarts']],
    ['concern without a kind, parent', 'concern', [], 'parent', ['safety.line113', 'safety.lineVeiligThuis']],
  ] as const)('%s', (_name, level, signals, asker, expected) => {
    expect(helplineKeys(understanding(level, [...signals]), asker)).toEqual(expected);
  });
});
