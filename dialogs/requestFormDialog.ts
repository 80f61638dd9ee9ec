// The request form (aanmelding bij WIJ): asks only what is still missing, shows a summary, files it and gives a reference number.
import { ComponentDialog, type DialogTurnResult, WaterfallDialog, type WaterfallStepContext } from '../src/bot/dialogsLib';
import type { WijTeam } from '../src/catalogue/types';
import { flushReplies } from '../src/bot/replyBatcher';
import { REQUEST_FORM_DIALOG } from './ids';
import {
  type ContactAnswer, ageQuestionKey, firstNameParser, parseAgeAnswer, parseContactAnswer, parseFreeText, parsePostcodeAnswer, parseRoleAnswer, parseScaleAnswer, parseWhenAnswer,
} from './prompts/answerParsers';
import { type ChoiceAnswer, isChoice, KeyedPrompt, type KeyedPromptOptions, type PromptChoice, ROLE_ANSWERS } from './prompts/keyedPrompt';
import { draftFromForm, type FormSlot, type FormState, nextSlot, summaryLines } from './requestForm/formState';
import type { DialogServices } from './services';
import { turnInfo } from './turn';

const FLOW = 'requestFormFlow';
const never = () => undefined;

const choices = (...values: string[]): PromptChoice[] => values.map((value) => ({ value, labelKey: `choice.${value}` }));
const CHANGEABLE: FormSlot[] = ['about', 'scale', 'age', 'postcode', 'firstName', 'contact', 'whenToCall'];

export interface RequestFormOptions {
  urgent?: boolean;
}

export class RequestFormDialog extends ComponentDialog {
  constructor(private readonly services: DialogServices) {
    super(REQUEST_FORM_DIALOG);
    const m = services.matchWords;
    this.addDialog(new KeyedPrompt('role', m, parseRoleAnswer));
    this.addDialog(new KeyedPrompt('about', m, parseFreeText));
    this.addDialog(new KeyedPrompt('scale', m, parseScaleAnswer));
    this.addDialog(new KeyedPrompt('age', m, parseAgeAnswer));
    this.addDialog(new KeyedPrompt('postcode', m, parsePostcodeAnswer));
    this.addDialog(new KeyedPrompt('firstName', m, firstNameParser(m)));
    this.addDialog(new KeyedPrompt('contact', m, parseContactAnswer));
    this.addDialog(new KeyedPrompt('whenToCall', m, parseWhenAnswer));
    for (const id of ['consent', 'confirm', 'changeWhich']) this.addDialog(new KeyedPrompt(id, m, never));
    this.addDialog(new WaterfallDialog(FLOW, [this.askNext.bind(this), this.storeAnswer.bind(this)]));
    this.initialDialogId = FLOW;
  }

  // Starts from what the conversation already knows, then asks the first missing slot (or the summary).
  private async askNext(step: WaterfallStepContext<FormState & RequestFormOptions>): Promise<DialogTurnResult> {
    const { t } = turnInfo(step.context);
    if (!step.options?.formId) return step.replaceDialog(FLOW, await this.startForm(step));
    const state: FormState = step.options;
    // A safety concern raised during the form makes the request urgent.
    if ((await this.services.profile.get(step.context, {})).urgent) state.urgent = true;
    const slot = nextSlot(state);
    state.pending = slot;
    if (slot === 'confirm') {
      const team = this.team(state.teamId);
      await step.context.sendActivity([`**${t('form.summaryTitle')}**`, ...summaryLines(state, team, t)].join('\n'));
    }
    return step.beginDialog(slot, this.promptOptions(slot, state));
  }

  // Stores the answer; files the request on confirm, or loops to the next question.
  private async storeAnswer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t } = turnInfo(step.context);
    const state = step.options as FormState;
    const answer = step.result as unknown;
    const choice = isChoice(answer) ? (answer as ChoiceAnswer).value : undefined;
    switch (state.pending) {
      case 'role': state.asker = (choice ?? answer) as FormState['asker']; break;
      case 'about': state.about = answer as string; break;
      case 'scale': state.scale = choice === 'skip' ? null : (answer as number); break;
      case 'age': state.age = answer as number; break;
      case 'postcode':
        if (!this.setPostcode(state, answer as string)) await step.context.sendActivity(t('form.noPostcodeTeam'));
        break;
      case 'firstName': state.firstName = answer as string; break;
      case 'contact': Object.assign(state, answer as ContactAnswer); break;
      case 'whenToCall':
        state.whenToCall = choice === 'anyTime' ? { text: t('choice.anyTime') } : (answer as FormState['whenToCall']);
        break;
      case 'consent':
        if (choice === 'no') {
          await step.context.sendActivity(t('form.noConsent', { phone: this.team(state.teamId)?.contact.phone ?? '' }));
          return step.endDialog();
        }
        state.consent = true;
        break;
      case 'changeWhich':
        state.changing = false;
        clearSlot(state, choice as FormSlot);
        break;
      case 'confirm':
        if (choice === 'stop') {
          await step.context.sendActivity(t('form.stopped'));
          return step.endDialog();
        }
        if (choice === 'change') state.changing = true;
        else return this.file(step, state);
        break;
    }
    return step.replaceDialog(FLOW, state);
  }

  private async startForm(step: WaterfallStepContext<FormState & RequestFormOptions>): Promise<FormState> {
    const { t } = turnInfo(step.context);
    const profile = await this.services.profile.get(step.context, {});
    const urgent = Boolean(step.options?.urgent || profile.urgent);
    await step.context.sendActivity(t(urgent ? 'form.startUrgent' : 'form.start'));
    const state: FormState = {
      formId: this.services.newId(),
      urgent,
      asker: profile.role,
      topics: profile.topics ?? [],
      about: profile.situation,
      age: profile.age,
    };
    if (profile.postcode) this.setPostcode(state, profile.postcode);
    return state;
  }

  private async file(step: WaterfallStepContext, state: FormState): Promise<DialogTurnResult> {
    const { t, language } = turnInfo(step.context);
    const team = this.team(state.teamId);
    if ((await this.services.profile.get(step.context, {})).urgent) state.urgent = true;
    try {
      const profile0 = await this.services.profile.get(step.context, {});
      const draft = { ...draftFromForm(state, language, step.context.activity.channelId), ...this.chatContext(profile0, language) };
      const filed = await this.services.requests.file(draft, state.formId);
      await step.context.sendActivity(t('form.filed', { reference: filed.reference }));
      await step.context.sendActivity(t(state.urgent ? 'form.nextUrgent' : 'form.next', { team: team?.name ?? '' }));
      // The number goes out now, not at the end of the turn: after the state is saved a crash would leave it unseen.
      await flushReplies(step.context);
      const profile = await this.services.profile.get(step.context, {});
      profile.urgent = false;
      profile.filedReferences = [...(profile.filedReferences ?? []).filter((r) => r !== filed.reference), filed.reference].slice(-5);
      return step.endDialog(filed);
    } catch {
      await step.context.sendActivity(t('form.failed', { phone: (team ?? this.services.catalogue().teams().find((x) => x.fallback))?.contact.phone ?? '' }));
      return step.replaceDialog(FLOW, state);
    }
  }

  /** What staff see of the chat so nobody tells their story twice: what was shown, and which signal made it urgent. */
  private chatContext(profile: { shownOfferings?: string[]; urgentSignals?: string[] }, language: 'nl' | 'en') {
    const catalogue = this.services.catalogue();
    const shownOfferings = (profile.shownOfferings ?? []).flatMap((id) => {
      const item = catalogue.get(id);
      if (!item) return [];
      return [{ id, title: item.title[language].slice(0, 200), kind: 'kind' in item ? ('service' as const) : ('offering' as const) }];
    }).slice(0, 30);
    const urgentReason = profile.urgentSignals?.length ? profile.urgentSignals.join(', ').slice(0, 200) : undefined;
    return { ...(shownOfferings.length ? { shownOfferings } : {}), ...(urgentReason ? { urgentReason } : {}) };
  }

  /** Picks the WIJ team for the postcode; false when only the city-wide team could be chosen. */
  private setPostcode(state: FormState, postcode: string): boolean {
    const catalogue = this.services.catalogue();
    const areaTeam = catalogue.teamForPostcode(postcode);
    const team = areaTeam ?? catalogue.teams().find((t) => t.fallback) ?? catalogue.teams()[0];
    state.postcode = postcode;
    state.teamId = team?.id;
    return Boolean(areaTeam && !areaTeam.fallback);
  }

  private team(teamId: string | undefined): WijTeam | undefined {
    return this.services.catalogue().teams().find((t) => t.id === teamId);
  }

  private promptOptions(slot: FormSlot, state: FormState): KeyedPromptOptions {
    const base = { askKey: `ask.${slot}`, invalidKey: `invalid.${slot}` };
    switch (slot) {
      case 'role': return { askKey: 'ask.role', invalidKey: 'invalid.role', buttons: ROLE_ANSWERS };
      case 'age': return { askKey: ageQuestionKey(state.asker), invalidKey: 'invalid.age' };
      case 'scale': return { ...base, buttons: choices('skip') };
      case 'whenToCall': return { ...base, buttons: choices('anyTime') };
      case 'consent': return { ...base, buttons: choices('yes', 'no') };
      case 'confirm': return { ...base, buttons: choices('send', 'change', 'stop') };
      case 'changeWhich':
        return { ...base, buttons: CHANGEABLE.filter((s) => s !== 'whenToCall' || state.phone).map((s) => ({ value: s, labelKey: `field.${s}` })) };
      default: return base;
    }
  }
}

function clearSlot(state: FormState, slot: FormSlot): void {
  if (slot === 'contact') Object.assign(state, { phone: undefined, email: undefined, whenToCall: undefined });
  else if (slot === 'postcode') Object.assign(state, { postcode: undefined, teamId: undefined });
  else if (slot === 'about' || slot === 'scale' || slot === 'age' || slot === 'firstName' || slot === 'whenToCall') state[slot] = undefined;
}

