// Turns a typed answer into a slot value, from what the understanding step already found in this turn's message.
import type { MatchWords } from '../../src/conversation/matchWords';
import { parseAge } from '../../src/understanding/entities';
import type { Topic } from '../../src/understanding/types';
import type { AnswerParser } from './keyedPrompt';

export interface SituationAnswer {
  kind: 'situation';
  topics: Topic[];
  text: string;
}

export const parseSituation: AnswerParser<SituationAnswer> = (text, { understanding }) =>
  understanding.topics.length > 0 ? { kind: 'situation', topics: understanding.topics, text } : undefined;

export const parseRoleAnswer: AnswerParser<'parent' | 'young'> = (_text, { understanding }) => understanding.entities.role;

export const parseAgeAnswer: AnswerParser<number> = (text, { understanding }) => {
  const age = understanding.entities.age ?? (/^\d{1,2}$/.test(text.trim()) ? Number(text.trim()) : undefined);
  return age !== undefined && age >= 0 && age <= 30 ? age : undefined;
};

/** A number from 0 to 10, in digits or words ("zeven"). */
export const parseScaleAnswer: AnswerParser<number> = (text) => {
  const value = /^\s*\d{1,2}\s*$/.test(text) ? Number(text) : parseAge(text)?.age;
  return value !== undefined && value >= 0 && value <= 10 ? value : undefined;
};

export const parsePostcodeAnswer: AnswerParser<string> = (_text, { understanding }) => understanding.entities.postcode;

export interface ContactAnswer {
  phone?: string;
  email?: string;
}

export const parseContactAnswer: AnswerParser<ContactAnswer> = (_text, { understanding }) => {
  const { phone, email } = understanding.entities;
  return phone || email ? { phone, email } : undefined;
};

export const parseWhenAnswer: AnswerParser<{ text: string; start?: string; end?: string }> = (text, { understanding }) => {
  const when = understanding.entities.when;
  return when ? { text: text.trim().slice(0, 120), start: when.start, end: when.end } : undefined;
};

const NAME = /^[\p{L}][\p{L}'’ -]{0,39}$/u;

export function firstNameParser(matchWords: MatchWords): AnswerParser<string> {
  return (text) => {
    const name = matchWords.stripNamePrefix(text);
    return NAME.test(name) && name.split(/\s+/).length <= 3 ? name : undefined;
  };
}

export const parseFreeText: AnswerParser<string> = (text) => {
  const trimmed = text.trim();
  return trimmed.length >= 3 ? trimmed.slice(0, 2000) : undefined;
};

/** The age question for who is chatting: your own age, your child's, or the child's. */
export function ageQuestionKey(role: 'parent' | 'young' | 'other' | undefined): string {
  if (role === 'young') return 'ask.ageSelf';
  return role === 'other' ? 'ask.ageOther' : 'ask.ageChild';
}

