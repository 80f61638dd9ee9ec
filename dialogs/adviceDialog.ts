// Advice: a normalising answer, at most three offerings, who nearby can help, then "is this helpful?".
import type { TFunction } from 'i18next';
import { ComponentDialog, type DialogTurnResult, WaterfallDialog, type WaterfallStepContext } from '../src/bot/dialogsLib';
import { nearbyMessage, offeringsMessage } from './cards/offeringCards';
import { ADVICE_DIALOG, REQUEST_FORM_DIALOG } from './ids';
import { parseSituation, type SituationAnswer } from './prompts/answerParsers';
import { type AnswerParser, type ChoiceAnswer, KeyedPrompt, type KeyedPromptOptions } from './prompts/keyedPrompt';
import type { DialogServices } from './services';
import { turnInfo } from './turn';

const FLOW = 'adviceFlow';
const FEEDBACK_PROMPT = 'feedbackPrompt';
const OFFERINGS_PER_TURN = 3;

export type AdviceOutcome = 'helpful' | 'somethingElse' | 'talk';

export interface AdviceOptions {
  /** first: words, offerings and help close by; more: the next offerings only; local: again, for the postcode just given. */
  mode: 'first' | 'more' | 'local';
}

interface PostcodeAnswer {
  kind: 'postcode';
  postcode: string;
}

/** At "is this helpful?" a postcode asks for help nearby; other text is a new situation. */
const parseFeedback: AnswerParser<PostcodeAnswer | SituationAnswer> = (text, info) => {
  const postcode = info.understanding.entities.postcode;
  return postcode ? { kind: 'postcode', postcode } : parseSituation(text, info);
};

const FEEDBACK_BUTTONS = [
  { value: 'helpful', labelKey: 'choice.helpful' },
  { value: 'more', labelKey: 'choice.more' },
  { value: 'somethingElse', labelKey: 'choice.somethingElse' },
  { value: 'talkToSomeone', labelKey: 'choice.talkToSomeone' },
];

export class AdviceDialog extends ComponentDialog {
  constructor(private readonly services: DialogServices) {
    super(ADVICE_DIALOG);
    this.addDialog(new KeyedPrompt(FEEDBACK_PROMPT, services.matchWords, parseFeedback));
    this.addDialog(new WaterfallDialog(FLOW, [this.showAdvice.bind(this), this.handleFeedback.bind(this)]));
    this.initialDialogId = FLOW;
  }

  // Searches the catalogue for the profile and shows what fits, then asks whether it helps.
  private async showAdvice(step: WaterfallStepContext<AdviceOptions>): Promise<DialogTurnResult> {
    const { t, language } = turnInfo(step.context);
    const profile = await this.services.profile.get(step.context, {});
    const topics = profile.topics ?? [];
    const mode = step.options?.mode ?? 'first';
    const more = mode === 'more';
    const result = this.services.catalogue().search({
      topics,
      age: profile.age,
      postcode: profile.postcode,
      text: profile.situation,
      asker: profile.role ?? 'parent',
      language,
      exclude: more ? (profile.shownOfferings ?? []) : [],
      limit: OFFERINGS_PER_TURN,
    });
    // When the situation itself is unsafe, courses and "this is normal" are not what is needed: only who can help close by.
    const steunpalet = !profile.situationUnsafe;
    if (mode === 'first' && topics[0] && steunpalet) await step.context.sendActivity(this.normalisingText(topics[0], profile.role === 'young', t));
    if (steunpalet && result.offerings.length) {
      await step.context.sendActivity(offeringsMessage(result.offerings, t, language, step.context.activity.channelId));
      profile.shownOfferings = [...(more ? (profile.shownOfferings ?? []) : []), ...result.offerings.map((o) => o.id)];
    } else if (steunpalet) {
      await step.context.sendActivity(t(more ? 'advice.noMore' : 'advice.noOfferings'));
    }
    if (!more && (result.services.length || result.team)) {
      await step.context.sendActivity(nearbyMessage(result.services, result.team, t, language, !profile.postcode));
    }
    const options: KeyedPromptOptions = { askKey: 'ask.feedback', invalidKey: 'invalid.feedback', buttons: FEEDBACK_BUTTONS };
    return step.beginDialog(FEEDBACK_PROMPT, options);
  }

  /** Normalising words and a few tips, in the register of who is chatting. */
  private normalisingText(topic: string, young: boolean, t: TFunction): string {
    const list = (key: string) => [t(`topics:${topic}.${key}${young ? 'Young' : ''}`, { returnObjects: true }) as string[] | string].flat();
    const tips = list('tips').map((tip) => `- ${tip}`);
    return [[t('advice.intro'), ...list('normalise')].join(' '), '', t('advice.tipsTitle'), ...tips].join('\n');
  }

  // Acts on the answer: close warmly, show more, another topic, or start the request form.
  private async handleFeedback(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t } = turnInfo(step.context);
    const answer = step.result as PostcodeAnswer | SituationAnswer | ChoiceAnswer;
    const profile = await this.services.profile.get(step.context, {});
    if (answer.kind === 'postcode') {
      profile.postcode = answer.postcode;
      return step.replaceDialog(ADVICE_DIALOG, { mode: 'local' } satisfies AdviceOptions);
    }
    if (answer.kind === 'situation') {
      Object.assign(profile, { topics: answer.topics, situation: answer.text, situationUnsafe: turnInfo(step.context).understanding.safety !== 'none' });
      return step.replaceDialog(ADVICE_DIALOG, { mode: 'first' } satisfies AdviceOptions);
    }
    switch (answer.value) {
      case 'more':
        return step.replaceDialog(ADVICE_DIALOG, { mode: 'more' } satisfies AdviceOptions);
      case 'somethingElse':
        return step.endDialog('somethingElse' satisfies AdviceOutcome);
      case 'talkToSomeone':
        return step.replaceDialog(REQUEST_FORM_DIALOG, {});
      default:
        await step.context.sendActivity(t('advice.closing'));
        return step.endDialog('helpful' satisfies AdviceOutcome);
    }
  }
}
