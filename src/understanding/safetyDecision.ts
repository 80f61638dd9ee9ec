// Combines the safety layers: the rules (readable reasons) and the learned layer (wording nobody listed) into one level; what neither can place becomes "check".
import type { LearnedAssessment } from './learned/learnedLayer';
import type { Thresholds } from './learned/modelFile';
import type { SafetyResult } from './safety';
import type { SafetyLevel, SafetySignal } from './types';

export interface SafetyDecision {
  level: SafetyLevel;
  signals: SafetySignal[];
  /** The learned layer's risk probability (0 without a model). */
  score: number;
  /** Which layer decided, for the evaluation. */
  source: 'rules' | 'learned' | 'both' | 'none';
}

function learnedSignals(learned: LearnedAssessment, thresholds: Thresholds): SafetySignal[] {
  const ranked = [...learned.signals.entries()].sort((a, b) => b[1] - a[1]);
  const listed = ranked.filter(([, p]) => p >= thresholds.signal).map(([s]) => s);
  return listed.length ? listed.slice(0, 3) : ranked.slice(0, 1).map(([s]) => s);
}

/** Below this many words the learned layer alone only asks: a few words give it too little to assert danger on ("hij slaat de deur dicht"). */
export const LEARNED_ALONE_MIN_WORDS = 6;

/** A question is the wrong answer when the learned layer is this sure the danger is now: measured over all tuning sets, acute found 88.5 → 90.7 %, false alarms 1.7 → 1.8 %. */
export const LEARNED_ACUTE_DECISIVE = 0.8;

/**
 * …but not when the learned layer alone finds the message this unlikely to be dangerous at all ("12 kills gehaald in
 * warzone", a sibling with Down syndrome): then it asks. Over thirty-one sets false alarms 1.76 → 1.64 %, false checks
 * 4.37 → 4.48 %, no acute message lost. 0.5 → 0.6 with corpus r15-01 (whose lost children made the acute head jumpy on
 * "mijn zoon roept en gooit met zijn spullen"): over thirty-four sets 4 false alarms become questions, 1 acute message too.
 */
export const LEARNED_ACUTE_MIN_RISK = 0.6;

/** Measured over all tuning sets: false alarms 2.1 → 1.6 %, false checks 3.5 → 4.0 %, no acute message lost. */
export const LEARNED_DOUBT = 0.1;
const LEARNED_DOUBT_MIN_WORDS = 10;

/**
 * A concern the rules call acute only for its "nu" ("ik kras al een jaar en nu is het zomer") stays a concern when the
 * learned layer, in a message long enough to judge, sees nothing urgent: over twenty-seven sets 18 of the 23 such messages
 * were concerns, 4 safe and 1 acute (a short one, which the word count keeps acute). Not when the "nu" stands inside the
 * danger's own words ("ik wil nu echt dood, ik kan dit niet meer"): the learned layer reads such plain words too low.
 */
export const LEARNED_NOT_URGENT = 0.1;

/**
 * Below the check threshold, the learned layer alone still asks when it is this sure the message is urgent. It asked at
 * its acute threshold (~0.43) before: over twenty-eight sets that caught 9 acute messages and asked 73 safe ones; at 0.7,
 * 7 and 9.
 */
export const LEARNED_URGENT_BELOW_CHECK = 0.7;

/**
 * Below the check threshold the learned layer also asks when one kind of danger stands out (a signal head this sure) at a
 * risk of at least half the check threshold, in a message of six words or more ("ik snijd mijn haar zelf" is too short to
 * judge): the signal heads read the message apart from the risk head. Over thirty-four
 * sets: 20 dangerous messages no longer pass unasked (4 of them acute), 25 safe ones get the question.
 */
export const LEARNED_SIGNAL_CHECK = 0.4;

/** Below this learned risk an acute rule in a story or assignment is asked about instead of asserted. */
export const DISTANCED_OWN_LIFE = 0.3;

export function decideSafety(rules: SafetyResult, learned: LearnedAssessment | undefined, thresholds: Thresholds | undefined, words = LEARNED_ALONE_MIN_WORDS): SafetyDecision {
  // A worry in a book report or a paper, or told as past and handled ("vorig jaar bedreigd, via de politie opgelost"), that
  // the learned layer, too, finds far from any danger: no danger at all. The handled ones: over thirty-four sets 12 such
  // messages, all safe, none dangerous.
  const toldAway = rules.level === 'concern' && learned && ((rules.distanced && learned.risk < LEARNED_DOUBT) || (rules.resolved && thresholds && learned.risk < thresholds.mention));
  if (toldAway) return { level: 'none', signals: [], score: Number(learned.risk.toFixed(4)), source: 'both' };
  const decision = decideLayers(rules, learned, thresholds, words);
  // Only the learned layer sees danger, in a message that says the person is well now ("hij speelt nu weer vrolijk", "the
  // GP said it's a bruise"): one step down, so a question at most.
  if (decision.source === 'learned' && rules.fineNow) return { ...decision, level: decision.level === 'check' ? 'none' : 'check' };
  const sureEnough = decision.source !== 'learned' || (learned?.risk ?? 0) >= LEARNED_ACUTE_MIN_RISK;
  if (decision.level === 'check' && learned && learned.acute >= LEARNED_ACUTE_DECISIVE && sureEnough) return { ...decision, level: 'acute' };
  // A worry the rules found in a message that tells it as past and handled ("vorig jaar bedreigd, nu een contactverbod, het
  // gaat goed"): ask instead of asserting. A danger the rules call acute by its own words still gets the safety message.
  // Measured over seventeen sets: four false alarms became questions, no concern or acute message changed.
  const asserted = decision.level === 'acute' || decision.level === 'concern';
  if (asserted && rules.resolved && rules.level === 'concern') return { ...decision, level: 'check' };
  // A danger in a story, a school assignment or the news ("in mijn fanfic wil een personage niet meer leven"): ask,
  // unless the rules call it acute and the learned layer reads it as the writer's own life.
  // A "nu" in a story or a song ("een liedje met 'ik wil dood' dat nu viral gaat") is the story's now, not the writer's.
  if (asserted && rules.distanced && (rules.level !== 'acute' || rules.immediate || decision.score < DISTANCED_OWN_LIFE)) return { ...decision, level: 'check' };
  return decision;
}

function decideLayers(rules: SafetyResult, learned: LearnedAssessment | undefined, thresholds: Thresholds | undefined, words: number): SafetyDecision {
  if (!learned || !thresholds) {
    // Without a second opinion a named danger counts as a concern: a missed danger is worse than an extra safety message.
    if (rules.level === 'none' && rules.mentions.length) return { level: 'concern', signals: rules.mentions, score: 0, source: 'rules' };
    return { level: rules.level, signals: rules.signals, score: 0, source: rules.level === 'none' ? 'none' : 'rules' };
  }
  const score = Number(learned.risk.toFixed(4));
  const acuteByModel = learned.acute >= thresholds.acute;
  // A rule fired on words the learned layer finds far from any danger (a school essay on abuse, a quoted joke): ask.
  // Only in a message long enough to give that context; "ik wil dood" alone is meant.
  if (rules.level !== 'none' && score < LEARNED_DOUBT && words >= LEARNED_DOUBT_MIN_WORDS) return { level: 'check', signals: rules.signals, score, source: 'both' };
  if (rules.level === 'acute' && rules.immediate && !rules.nowInDanger && learned.acute < LEARNED_NOT_URGENT && words >= LEARNED_DOUBT_MIN_WORDS) {
    return { level: 'concern', signals: rules.signals, score, source: 'both' };
  }
  if (rules.level === 'acute') return { level: 'acute', signals: rules.signals, score, source: score >= thresholds.check ? 'both' : 'rules' };
  if (rules.level === 'concern') {
    // A few words ("ik wil er niet meer zijn") tell too little to call a concern urgent on the learned layer's middling word.
    const urgent = acuteByModel && (words > LEARNED_ALONE_MIN_WORDS || learned.acute >= thresholds.acuteAlone);
    return { level: urgent && score >= thresholds.check ? 'acute' : 'concern', signals: rules.signals, score, source: score >= thresholds.check ? 'both' : 'rules' };
  }
  if (rules.mentions.length) {
    // A danger named without anyone said to be in it: the learned layer tells a worry from a school project or a song.
    if (score >= thresholds.check) return { level: acuteByModel && score >= thresholds.concern ? 'acute' : 'concern', signals: rules.mentions, score, source: 'both' };
    if (score >= thresholds.mention) return { level: 'check', signals: rules.mentions, score, source: 'both' };
    return { level: 'none', signals: [], score, source: 'none' };
  }
  if (score >= thresholds.concern && words >= LEARNED_ALONE_MIN_WORDS) {
    return { level: acuteByModel ? 'acute' : 'concern', signals: learnedSignals(learned, thresholds), score, source: 'learned' };
  }
  // Clearly urgent wording the rules do not list ("om middernacht is alles voorbij"): acute, not a question.
  if (score >= thresholds.check && acuteByModel && learned.acute >= thresholds.acuteAlone && words >= LEARNED_ALONE_MIN_WORDS) {
    return { level: 'acute', signals: learnedSignals(learned, thresholds), score, source: 'learned' };
  }
  const kindStandsOut = words >= LEARNED_ALONE_MIN_WORDS && Math.max(0, ...learned.signals.values()) >= LEARNED_SIGNAL_CHECK;
  if (score >= thresholds.check || (score >= thresholds.check / 2 && (learned.acute >= LEARNED_URGENT_BELOW_CHECK || kindStandsOut))) {
    return { level: 'check', signals: learnedSignals(learned, thresholds), score, source: 'learned' };
  }
  return { level: 'none', signals: [], score, source: 'none' };
}
