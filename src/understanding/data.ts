// Loads and validates the understanding data files (data/understanding/*.yml); a bad file throws a ContentError.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadYaml } from '../contentFile';
import { z } from 'zod';
import { ContentError } from '../errors';
import { projectRoot } from '../projectRoot';
import { compilePattern } from './patterns';
import { INTENTS, SAFETY_SIGNALS, TOPICS } from './types';

const pattern = z.string().min(1).superRefine((value, ctx) => {
  try {
    compilePattern(value);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
  }
});
const patterns = z.array(pattern);

const normalisationSchema = z.strictObject({
  tokens: z.record(z.string().regex(/^[a-z0-9']+$/, 'a lowercase chat spelling'), z.string().min(1)),
  languageHints: z.strictObject({ en: z.array(z.string()), nl: z.array(z.string()) }),
});

/** `mention`: the danger is named, but nobody is said to be in it ("een werkstuk over zelfmoord"): the learned layer decides. */
const signalEntry = z.strictObject({ acute: patterns.default([]), concern: patterns.default([]), mention: patterns.default([]) });
/**
 * A farewell without a death word: groups of cues that are each ordinary alone ("bedankt voor alles", "mijn kamer is
 * opgeruimd"); a message with every group of one `acuteWhen` entry is acute, so each pair need not be written out.
 */
const farewellSchema = z
  .strictObject({
    signal: z.enum(SAFETY_SIGNALS),
    cues: z.record(z.string().regex(/^[a-z]+$/, 'a lowercase group name'), patterns.min(1)),
    acuteWhen: z.array(z.array(z.string()).min(2)).min(1),
    /** An ordinary reason for the goodbye ("we verhuizen naar Canada"): then no group counts. */
    unless: patterns.default([]),
  })
  .superRefine((farewell, ctx) => {
    farewell.acuteWhen.forEach((groups, i) => {
      for (const group of groups) {
        if (!(group in farewell.cues)) ctx.addIssue({ code: 'custom', path: ['acuteWhen', i], message: `names no cue group: ${group}` });
      }
    });
  });

const safetySchema = z.strictObject({
  signals: z.partialRecord(z.enum(SAFETY_SIGNALS), signalEntry),
  immediacy: z.strictObject({
    markers: patterns,
    notImmediate: patterns,
    escalates: z.array(z.enum(SAFETY_SIGNALS)),
  }),
  /** The topic a signal points to, so advice after the safety message fits ("selfharm" → emoties). */
  topicHints: z.partialRecord(z.enum(SAFETY_SIGNALS), z.enum(TOPICS)).default({}),
  /** Words that make a sexual signal an online one (pictures, chats, apps): its helpline is Helpwanted. */
  online: patterns.default([]),
  /**
   * A danger told as past and handled ("vorig jaar ..., nu is er een contactverbod"): both kinds of words must be there.
   * `fineNow`: the person is said to be well now ("speelt weer vrolijk", "the GP said it's a bruise"), for danger only the learned layer sees.
   */
  resolved: z.strictObject({ past: patterns, handled: patterns, fineNow: patterns.default([]) }).default({ past: [], handled: [], fineNow: [] }),
  /** The danger is in a story, a school assignment or the news, not in the writer's life ("in mijn verhaal wordt ... ontvoerd"). */
  distanced: patterns.default([]),
  farewell: farewellSchema.optional(),
});

const idiomsSchema = z.strictObject({ idioms: patterns });

function weightedPatterns(weight: z.ZodNumber) {
  return z.record(z.string(), weight).superRefine((keywords, ctx) => {
    for (const key of Object.keys(keywords)) {
      try {
        compilePattern(key);
      } catch (error) {
        ctx.addIssue({ code: 'custom', path: [key], message: (error as Error).message });
      }
    }
  });
}

const keywordWeights = weightedPatterns(z.number().positive().max(5));
/** Intent cues may be negative: a phrase in which a contact word is no wish ("ik durf niet te bellen", "ze bellen aan"). */
const cueWeights = weightedPatterns(z.number().min(-5).max(5).refine((weight) => weight !== 0, 'a cue weight of 0 does nothing'));

const intentsSchema = z.strictObject({
  intents: z.record(z.enum(INTENTS), z.strictObject({
    keywords: cueWeights.default({}),
    examples: z.array(z.string().min(1)).min(5),
  })),
});

const topicsSchema = z.strictObject({
  topics: z.record(z.enum(TOPICS), z.strictObject({
    keywords: keywordWeights,
    examples: z.array(z.string().min(1)).min(5),
  })),
});

export type NormalisationData = z.infer<typeof normalisationSchema>;
export type SafetyData = z.infer<typeof safetySchema>;
export type IntentsData = z.infer<typeof intentsSchema>;
export type TopicsData = z.infer<typeof topicsSchema>;

export interface UnderstandingData {
  normalisation: NormalisationData;
  /** Common Dutch and English words (words/*.txt) that typo repair leaves alone. */
  knownWords: Set<string>;
  safety: SafetyData;
  idioms: string[];
  intents: IntentsData['intents'];
  topics: TopicsData['topics'];
}

export function defaultDataDir(): string {
  return path.join(projectRoot(__dirname), 'data', 'understanding');
}

/** Reads every *.txt word list in the folder: one lowercase word per line, # starts a comment. */
export function loadWordLists(folder: string): Set<string> {
  const words = new Set<string>();
  if (!existsSync(folder)) return words;
  for (const name of readdirSync(folder).filter((entry) => entry.endsWith('.txt')).sort()) {
    const lines = readFileSync(path.join(folder, name), 'utf8').split('\n');
    lines.forEach((line, index) => {
      const word = line.trim();
      if (word === '' || word.startsWith('#')) return;
      if (!/^[a-z]+$/.test(word)) throw new ContentError(path.join(folder, name), [`line ${index + 1}: "${word}" is not one lowercase word`]);
      words.add(word);
    });
  }
  return words;
}

export function loadUnderstandingData(dataDir: string = defaultDataDir()): UnderstandingData {
  const file = (name: string) => path.join(dataDir, name);
  const intents = loadYaml(file('intents.yml'), intentsSchema).intents;
  const topics = loadYaml(file('topics.yml'), topicsSchema).topics;
  const missingIntents = INTENTS.filter((intent) => !intents[intent]);
  if (missingIntents.length) throw new ContentError(file('intents.yml'), [`intents: missing ${missingIntents.join(', ')}`]);
  const missingTopics = TOPICS.filter((topic) => !topics[topic]);
  if (missingTopics.length) throw new ContentError(file('topics.yml'), [`topics: missing ${missingTopics.join(', ')}`]);
  return {
    normalisation: loadYaml(file('normalisation.yml'), normalisationSchema),
    knownWords: loadWordLists(path.join(dataDir, 'words')),
    safety: loadYaml(file('safety.yml'), safetySchema),
    idioms: loadYaml(file('idioms.yml'), idiomsSchema).idioms,
    intents,
    topics,
  };
}
