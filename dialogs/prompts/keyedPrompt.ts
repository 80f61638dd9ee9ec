// A prompt whose question is a text key, rendered in the user's current language each time it is shown (so reprompts follow a language switch).
import { ActionTypes, type Activity, MessageFactory, type TurnContext } from 'botbuilder';
import { Prompt, type PromptOptions, type PromptRecognizerResult } from '../../src/bot/dialogsLib';
import type { MatchWords } from '../../src/conversation/matchWords';
import { turnInfo, type TurnInfo } from '../turn';

export interface PromptChoice {
  value: string;
  /** Text key of the button label. */
  labelKey: string;
}

/** Who is chatting, as buttons: used by the main flow and by the form when it was not asked before. */
export const ROLE_ANSWERS: PromptChoice[] = [
  { value: 'parent', labelKey: 'choice.parent' },
  { value: 'young', labelKey: 'choice.young' },
  { value: 'other', labelKey: 'choice.other' },
];

export interface KeyedPromptOptions extends PromptOptions {
  askKey: string;
  invalidKey: string;
  params?: Record<string, string | number>;
  buttons?: PromptChoice[];
  /** Buttons that are recognised as an answer; defaults to all buttons. */
  answers?: PromptChoice[];
}

/** Turns the typed text into the answer, or undefined when it is not one. */
export type AnswerParser<T> = (text: string, info: TurnInfo) => T | undefined;

export interface ChoiceAnswer {
  kind: 'choice';
  value: string;
}

export class KeyedPrompt<T> extends Prompt<T | ChoiceAnswer> {
  constructor(
    dialogId: string,
    private readonly matchWords: MatchWords,
    private readonly parse: AnswerParser<T>,
  ) {
    super(dialogId);
  }

  protected async onPrompt(context: TurnContext, _state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    const o = options as KeyedPromptOptions;
    const { t } = turnInfo(context);
    const text = t(isRetry ? o.invalidKey : o.askKey, o.params ?? {});
    await context.sendActivity(withButtons(text, (o.buttons ?? []).map((b) => t(b.labelKey))));
  }

  /** How the open question would take this message: as a button, as a typed answer, or not at all. */
  async accepts(context: TurnContext, options: PromptOptions): Promise<'choice' | 'answer' | undefined> {
    const result = await this.onRecognize(context, {}, options);
    if (!result.succeeded) return undefined;
    return isChoice(result.value) ? 'choice' : 'answer';
  }

  protected async onRecognize(context: TurnContext, _state: object, options: PromptOptions): Promise<PromptRecognizerResult<T | ChoiceAnswer>> {
    const o = options as KeyedPromptOptions;
    const info = turnInfo(context);
    const text = (context.activity.text ?? '').trim();
    const choices = (o.answers ?? o.buttons ?? []).map((c) => ({ value: c.value, labels: info.tAll.map((t) => t(c.labelKey)) }));
    const chosen = choices.length ? this.matchWords.choice(text, choices) : undefined;
    if (chosen) return { succeeded: true, value: { kind: 'choice', value: chosen } };
    const value = text ? this.parse(text, info) : undefined;
    return value === undefined ? { succeeded: false } : { succeeded: true, value };
  }
}

export function isChoice(value: unknown): value is ChoiceAnswer {
  return typeof value === 'object' && value !== null && (value as ChoiceAnswer).kind === 'choice';
}

/** A message with suggested-action buttons that send their label back, so typed and tapped answers are the same. */
export function withButtons(text: string, labels: string[]): Partial<Activity> {
  const activity = MessageFactory.text(text);
  if (labels.length) {
    activity.suggestedActions = { to: [], actions: labels.map((label) => ({ type: ActionTypes.ImBack, title: label, value: label })) };
  }
  return activity;
}
