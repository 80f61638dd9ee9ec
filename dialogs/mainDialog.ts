// The conversation's spine: greet, learn who is chatting, what is going on and the age, then give advice.
import { ComponentDialog, type DialogTurnResult, WaterfallDialog, type WaterfallStepContext } from '../src/bot/dialogsLib';
import { TOPICS } from '../src/understanding/types';
import { AdviceDialog, type AdviceOptions, type AdviceOutcome } from './adviceDialog';
import { ADVICE_DIALOG, MAIN_DIALOG } from './ids';
import { ageQuestionKey, parseAgeAnswer, parseRoleAnswer, parseSituation, type SituationAnswer } from './prompts/answerParsers';
import { isChoice, KeyedPrompt, type KeyedPromptOptions, ROLE_ANSWERS } from './prompts/keyedPrompt';
import { RequestFormDialog } from './requestFormDialog';
import type { DialogServices } from './services';
import { turnInfo } from './turn';

const FLOW = 'mainFlow';
const ROLE_PROMPT = 'rolePrompt';
const SITUATION_PROMPT = 'situationPrompt';
const AGE_PROMPT = 'agePrompt';

const TOPIC_BUTTONS = TOPICS.map((topic) => ({ value: topic, labelKey: `topics:${topic}.label` }));

export class MainDialog extends ComponentDialog {
  constructor(private readonly services: DialogServices) {
    super(MAIN_DIALOG);
    this.addDialog(new KeyedPrompt(ROLE_PROMPT, services.matchWords, parseRoleAnswer));
    this.addDialog(new KeyedPrompt(SITUATION_PROMPT, services.matchWords, parseSituation));
    this.addDialog(new KeyedPrompt(AGE_PROMPT, services.matchWords, parseAgeAnswer));
    this.addDialog(new AdviceDialog(services));
    this.addDialog(new RequestFormDialog(services));
    this.addDialog(
      new WaterfallDialog(FLOW, [
        this.greet.bind(this),
        this.askRole.bind(this),
        this.askSituation.bind(this),
        this.askAge.bind(this),
        this.giveAdvice.bind(this),
        this.afterAdvice.bind(this),
      ]),
    );
    this.initialDialogId = FLOW;
  }

  // Says once per conversation who the bot is, what it does, the privacy line and 112.
  private async greet(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const profile = await this.services.profile.get(step.context, {});
    if (!profile.greeted) {
      const { t } = turnInfo(step.context);
      const lines = [t('greeting.intro'), t('greeting.what'), t('greeting.privacy'), t('greeting.danger'), t('greeting.language')];
      await step.context.sendActivity(lines.join('\n\n'));
      profile.greeted = true;
    }
    return step.next();
  }

  // Asks whether a parent, a young person or someone else is chatting, unless already known.
  private async askRole(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const profile = await this.services.profile.get(step.context, {});
    if (profile.role) return step.next();
    const options: KeyedPromptOptions = {
      askKey: 'ask.role',
      invalidKey: 'invalid.role',
      buttons: [...ROLE_ANSWERS, { value: 'privacy', labelKey: 'choice.privacy' }],
      answers: ROLE_ANSWERS,
    };
    return step.beginDialog(ROLE_PROMPT, options);
  }

  // Asks what is going on (own words or a topic button), unless the user already told.
  private async askSituation(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const profile = await this.services.profile.get(step.context, {});
    if (step.result !== undefined) profile.role = isChoice(step.result) ? (step.result.value as 'parent' | 'young' | 'other') : step.result;
    if (profile.topics?.length) return step.next();
    const options: KeyedPromptOptions = { askKey: 'ask.situation', invalidKey: 'invalid.situation', buttons: TOPIC_BUTTONS };
    return step.beginDialog(SITUATION_PROMPT, options);
  }

  // Asks the age of the child, or the young person's own age, unless already known.
  private async askAge(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const profile = await this.services.profile.get(step.context, {});
    const answer = step.result as SituationAnswer | { kind: 'choice'; value: string } | undefined;
    if (answer && isChoice(answer)) profile.topics = [answer.value as SituationAnswer['topics'][number]];
    else if (answer) Object.assign(profile, { topics: answer.topics, situation: answer.text, situationUnsafe: turnInfo(step.context).understanding.safety !== 'none' });
    if (profile.age !== undefined) return step.next();
    const options: KeyedPromptOptions = { askKey: ageQuestionKey(profile.role), invalidKey: 'invalid.age' };
    return step.beginDialog(AGE_PROMPT, options);
  }

  // Shows advice: normalising words, offerings and who nearby can help.
  private async giveAdvice(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const profile = await this.services.profile.get(step.context, {});
    if (typeof step.result === 'number') profile.age = step.result;
    return step.beginDialog(ADVICE_DIALOG, { mode: 'first' } satisfies AdviceOptions);
  }

  // After advice: start over on a new topic when asked, otherwise the conversation rests.
  private async afterAdvice(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const outcome = step.result as AdviceOutcome | undefined;
    if (outcome === 'somethingElse') {
      const profile = await this.services.profile.get(step.context, {});
      Object.assign(profile, { topics: undefined, situation: undefined, situationUnsafe: false, shownOfferings: [] });
      return step.replaceDialog(MAIN_DIALOG);
    }
    return step.endDialog();
  }
}
