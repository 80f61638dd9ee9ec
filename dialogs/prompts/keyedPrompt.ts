// A prompt whose question is a text key, rendered in the user's current language each time it is shown (so reprompts follow a language switch).
import { ActionTypes, type Activity, MessageFactory, type TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from '../../src/bot/dialogsLib';
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

export interface KeyedPromptOptions {
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

type Recognized<T> = { succeeded: true; value: T | ChoiceAnswer } | { succeeded: false };

/** What a prompt keeps on the dialog stack: the same shape as botbuilder's Prompt, so saved conversations carry on. */
interface PromptState {
  options: KeyedPromptOptions;
  state: object;
}

/**
 * Asks, takes a button or a typed answer, and asks again in other words when the answer is not one: what botbuilder's
 * Prompt does for a prompt without a validator, outside adaptive dialogs.
 */
export class KeyedPrompt<T> extends Dialog<KeyedPromptOptions> {
  constructor(
    dialogId: string,
    private readonly matchWords: MatchWords,
    private readonly parse: AnswerParser<T>,
  ) {
    super(dialogId);
  }

  override async beginDialog(dc: DialogContext, options?: KeyedPromptOptions): Promise<DialogTurnResult> {
    const state = dc.activeDialog?.state as PromptState;
    state.options = { ...(options as KeyedPromptOptions) };
    state.state = {};
    await this.onPrompt(dc.context, state.options, false);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.context.activity.type !== 'message') return Dialog.EndOfTurn;
    const state = dc.activeDialog?.state as PromptState;
    const recognized = await this.onRecognize(dc.context, state.options);
    if (recognized.succeeded) return dc.endDialog(recognized.value);
    // Something else already answered this turn (a safety reply, a privacy answer): no second question on top.
    if (!dc.context.responded) await this.onPrompt(dc.context, state.options, true);
    return Dialog.EndOfTurn;
  }

  /** A dialog pushed on top of the prompt ended: ask the question again. */
  override async resumeDialog(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.activeDialog) await this.repromptDialog(dc.context, dc.activeDialog);
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    await this.onPrompt(context, (instance.state as PromptState).options, false);
  }

  private async onPrompt(context: TurnContext, o: KeyedPromptOptions, isRetry: boolean): Promise<void> {
    const { t } = turnInfo(context);
    const text = t(isRetry ? o.invalidKey : o.askKey, o.params ?? {});
    await context.sendActivity(withButtons(text, (o.buttons ?? []).map((b) => t(b.labelKey))));
  }

  /** How the open question would take this message: as a button, as a typed answer, or not at all. */
  async accepts(context: TurnContext, options: KeyedPromptOptions): Promise<'choice' | 'answer' | undefined> {
    const result = await this.onRecognize(context, options);
    if (!result.succeeded) return undefined;
    return isChoice(result.value) ? 'choice' : 'answer';
  }

  private async onRecognize(context: TurnContext, o: KeyedPromptOptions): Promise<Recognized<T>> {
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
