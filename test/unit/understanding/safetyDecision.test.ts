// How the rules and the learned layer combine: the thresholds of this session's decisions, on synthetic layer outputs.
import { decideSafety, LEARNED_ACUTE_MIN_RISK, LEARNED_SIGNAL_CHECK, LEARNED_URGENT_BELOW_CHECK } from '../../../src/understanding/safetyDecision';
import type { LearnedAssessment } from '../../../src/understanding/learned/learnedLayer';
import type { SafetyResult } from '../../../src/understanding/safety';

const thresholds = { check: 0.76, concern: 0.93, acute: 0.42, acuteAlone: 0.62, mention: 0.25, signal: 0.3 };
const rulesNone = (extra: Partial<SafetyResult> = {}): SafetyResult => ({
  level: 'none', signals: [], mentions: [], evidence: [], masked: [], resolved: false, distanced: false, immediate: false, nowInDanger: false, fineNow: false, ...extra,
});
const learned = (risk: number, acute: number, signal = 0.3): LearnedAssessment => ({
  risk, acute, signals: new Map([['suicide', signal]]), topics: new Map(), intents: new Map(),
});

describe('decideSafety', () => {
  it('asks about a danger only named in a story or a song, however sure the learned layer is, and asserts it when not told as a story', () => {
    const named = { mentions: ['suicide' as const] };
    expect(decideSafety(rulesNone({ ...named, distanced: true }), learned(0.95, 0.9), thresholds, 12).level).toBe('check');
    expect(decideSafety(rulesNone(named), learned(0.95, 0.9), thresholds, 12).level).toBe('acute');
  });

  it('lets the learned layer alone assert danger now only when it also finds the message likely dangerous', () => {
    expect(decideSafety(rulesNone(), learned(LEARNED_ACUTE_MIN_RISK - 0.05, 0.9), thresholds, 12).level).toBe('check');
    expect(decideSafety(rulesNone(), learned(LEARNED_ACUTE_MIN_RISK + 0.05, 0.9), thresholds, 12).level).toBe('acute');
  });

  it('asks below the check threshold when one kind of danger stands out, at no less than half the check threshold', () => {
    expect(decideSafety(rulesNone(), learned(0.5, 0.1, LEARNED_SIGNAL_CHECK - 0.05), thresholds, 12).level).toBe('none');
    expect(decideSafety(rulesNone(), learned(0.5, 0.1, LEARNED_SIGNAL_CHECK + 0.05), thresholds, 12).level).toBe('check');
    expect(decideSafety(rulesNone(), learned(thresholds.check / 2 - 0.05, 0.1, 0.9), thresholds, 12).level).toBe('none');
  });

  it('lets a worry told as past and handled go when the learned layer, too, reads it as safe', () => {
    const handled = rulesNone({ level: 'concern', signals: ['threat'], resolved: true });
    expect(decideSafety(handled, learned(thresholds.mention - 0.05, 0.05), thresholds, 20).level).toBe('none');
    expect(decideSafety(handled, learned(thresholds.mention + 0.2, 0.05), thresholds, 20).level).toBe('check');
  });

  it('asks below the check threshold only when the learned layer is sure the message is urgent', () => {
    expect(decideSafety(rulesNone(), learned(0.6, LEARNED_URGENT_BELOW_CHECK - 0.05), thresholds, 12).level).toBe('none');
    expect(decideSafety(rulesNone(), learned(0.6, LEARNED_URGENT_BELOW_CHECK + 0.05), thresholds, 12).level).toBe('check');
  });

  it('takes danger only the learned layer reads one step down when the message says the person is well now', () => {
    expect(decideSafety(rulesNone(), learned(0.85, 0.7), thresholds, 12).level).toBe('acute');
    expect(decideSafety(rulesNone({ fineNow: true }), learned(0.85, 0.7), thresholds, 12).level).toBe('check');
    expect(decideSafety(rulesNone({ fineNow: true }), learned(0.8, 0.1), thresholds, 12).level).toBe('none');
  });

  it('keeps a short concern a concern unless the learned layer alone would call it acute', () => {
    const concern = rulesNone({ level: 'concern', signals: ['suicide'] });
    expect(decideSafety(concern, learned(0.8, 0.5), thresholds, 6).level).toBe('concern');
    expect(decideSafety(concern, learned(0.8, 0.7), thresholds, 6).level).toBe('acute');
    expect(decideSafety(concern, learned(0.8, 0.5), thresholds, 12).level).toBe('acute');
  });

  it('asks about a danger in a song told with "nu" instead of asserting it', () => {
    const song = rulesNone({ level: 'acute', signals: ['suicide'], immediate: true, distanced: true });
    expect(decideSafety(song, learned(0.5, 0.4), thresholds, 20).level).toBe('check');
  });
});
