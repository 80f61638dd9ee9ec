// Advice: a normalising answer, at most three offerings, who nearby can help, then "is this helpful?".
import type { TFunction } from 'i18next';
import { ComponentDialog, type DialogTurnResult, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { nearbyMessage, offeringsMessage } from './cards/offeringCards';
import { ADVICE_DIALOG, REQUEST_FORM_DIALOG } from './ids';
import { parseSituation, type SituationAnswer } from './prompts/answerParsers';
import { isChoice, KeyedPrompt, type KeyedPromptOptions } from './prompts/keyedPrompt';
import type { DialogServices } from './services';
import { turnInfo } from './turn';

const FLOW = 'adviceFlow';
const FEEDBACK_PROMPT = 'feedbackPrompt';
const OFFERINGS_PER_TURN = 3;

export type AdviceOutcome = 'helpful' | 'somethingElse' | 'talk';

export interface AdviceOptions {
  /** True when the user asked for more: skip the intro and show the next offerings. */
  more: boolean;
}

const FEEDBACK_BUTTONS = [
  { value: 'helpful', labelKey: 'choice.helpful' },
  { value: 'more', labelKey: 'choice.more' },
  { value: 'somethingElse', labelKey: 'choice.somethingElse' },
  { value: 'talkToSomeone', labelKey: 'choice.talkToSomeone' },
];

export class AdviceDialog extends ComponentDialog {
  constructor(private readonly services: DialogServices) {
    super(ADVICE_DIALOG);
    this.addDialog(new KeyedPrompt(FEEDBACK_PROMPT, services.matchWords, parseSituation));
    this.addDialog(new WaterfallDialog(FLOW, [this.showAdvice.bind(this), this.handleFeedback.bind(this)]));
    this.initialDialogId = FLOW;
  }

  // Searches the catalogue for the profile and shows what fits, then asks whether it helps.
  private async showAdvice(step: WaterfallStepContext<AdviceOptions>): Promise<DialogTurnResult> {
    const { t, language } = turnInfo(step.context);
    const profile = await this.services.profile.get(step.context, {});
    const topics = profile.topics ?? [];
    const more = step.options?.more ?? false;
    const result = this.services.catalogue().search({
      topics,
      age: profile.age,
      postcode: profile.postcode,
      text: profile.situation,
      asker: profile.role ?? 'parent',
      language,
      exclude: profile.shownOfferings ?? [],
      limit: OFFERINGS_PER_TURN,
    });
    if (!more && topics[0]) await step.context.sendActivity(this.normalisingText(topics[0], profile.role === 'young', t));
    if (result.offerings.length) {
      await step.context.sendActivity(offeringsMessage(result.offerings, t, language, step.context.activity.channelId));
      profile.shownOfferings = [...(profile.shownOfferings ?? []), ...result.offerings.map((o) => o.id)];
    } else {
      await step.context.sendActivity(t(more ? 'advice.noMore' : 'advice.noOfferings'));
    }
    if (!more && (result.services.length || result.team)) {
      await step.context.sendActivity(nearbyMessage(result.services, result.team, t, language));
    }
    const options: KeyedPromptOptions = { askKey: 'ask.feedback', invalidKey: 'invalid.feedback', buttons: FEEDBACK_BUTTONS };
    return step.prompt(FEEDBACK_PROMPT, options);
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
    const answer = step.result as SituationAnswer | { kind: 'choice'; value: string };
    if (!isChoice(answer)) {
      const profile = await this.services.profile.get(step.context, {});
      Object.assign(profile, { topics: answer.topics, situation: answer.text, shownOfferings: [] });
      return step.replaceDialog(ADVICE_DIALOG, { more: false });
    }
    switch (answer.value) {
      case 'more':
        return step.replaceDialog(ADVICE_DIALOG, { more: true });
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
