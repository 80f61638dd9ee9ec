// Loads the words that count as a command or a choice (data/conversation/match.yml) and matches typed text against them.
import { z } from 'zod';
import { loadYaml } from '../contentFile';

export const COMMANDS = ['restart', 'stop', 'english', 'dutch', 'talk', 'privacy', 'forget'] as const;
export type Command = (typeof COMMANDS)[number];

const wordList = z.array(z.string().min(1)).min(1);
const schema = z.strictObject({
  command: z.strictObject(Object.fromEntries(COMMANDS.map((c) => [c, wordList])) as Record<Command, typeof wordList>),
  choice: z.record(z.string().regex(/^[a-zA-Z]+$/), wordList),
  namePrefix: wordList,
  /** Words that, anywhere in a message about a request, mean "withdraw it". */
  withdraw: wordList,
  /** Words that name a filed request ("aanmelding", "aanvraag"). */
  request: wordList,
});

export type MatchWordsData = z.infer<typeof schema>;

/** Lower case, accents and punctuation removed, single spaces: the form every matcher compares. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}@.+ ]/gu, ' ')
    .replace(/[.]+(\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Button labels and words of the texts are few and fixed: each is normalised once (user text never is kept). */
const MAX_LABELS = 2000;
const normalisedLabels = new Map<string, string>();
function normaliseLabel(label: string): string {
  let normalised = normalisedLabels.get(label);
  if (normalised === undefined) {
    normalised = normalise(label);
    if (normalisedLabels.size >= MAX_LABELS) normalisedLabels.clear();
    normalisedLabels.set(label, normalised);
  }
  return normalised;
}

export class MatchWords {
  private readonly commands: Map<string, Command>;
  private readonly choiceWords: Map<string, string[]>;
  private readonly withdrawWords: string[];
  private readonly requestWords: string[];

  constructor(private readonly data: MatchWordsData) {
    this.commands = new Map();
    for (const command of COMMANDS) for (const word of data.command[command]) this.commands.set(normalise(word), command);
    this.choiceWords = new Map(Object.entries(data.choice).map(([value, words]) => [value, words.map(normalise)]));
    this.withdrawWords = data.withdraw.map((word) => ` ${normalise(word)} `);
    this.requestWords = data.request.map((word) => ` ${normalise(word)} `);
  }

  /** A command only when the whole message is one of its words: "stop" is a command, "stop met pesten" is not. */
  command(text: string): Command | undefined {
    return this.commands.get(normalise(text));
  }

  /** The message asks to withdraw (cancel) a request: one of the withdraw words occurs in it. */
  mentionsWithdraw(text: string): boolean {
    const typed = ` ${normalise(text)} `;
    return this.withdrawWords.some((word) => typed.includes(word));
  }

  /** The message names a filed request. */
  mentionsRequest(text: string): boolean {
    const typed = ` ${normalise(text)} `;
    return this.requestWords.some((word) => typed.includes(word)) || /\bsw\s?-?\s?[0-9a-z]{4}/i.test(text);
  }

  /** Removes a leading "my name is"-like phrase, so "ik heet Sam" gives "Sam". */
  stripNamePrefix(text: string): string {
    const trimmed = text.trim();
    const lower = trimmed.toLowerCase();
    const prefix = this.data.namePrefix.find((p) => lower.startsWith(`${p.toLowerCase()} `));
    return prefix ? trimmed.slice(prefix.length).trim() : trimmed;
  }

  /** The first of the offered choices whose label or one of its words equals the text. */
  choice(text: string, offered: ReadonlyArray<{ value: string; labels: string[] }>): string | undefined {
    const typed = normalise(text);
    if (!typed) return undefined;
    const exact = offered.find((c) => normaliseLabel(c.value) === typed || c.labels.some((l) => normaliseLabel(l) === typed));
    if (exact) return exact.value;
    return offered.find((c) => (this.choiceWords.get(c.value) ?? []).includes(typed))?.value;
  }
}

export function loadMatchWords(file: string): MatchWords {
  return new MatchWords(loadYaml(file, schema));
}
