// "Hoe staat het met mijn aanmelding?" and "trek mijn aanmelding in": the status in plain words, for this conversation's request or with proof.
import type { TurnContext } from 'botbuilder';
import { ComponentDialog, type DialogTurnResult, WaterfallDialog, type WaterfallStepContext } from '../src/bot/dialogsLib';
import type { WijTeam } from '../src/catalogue/types';
import type { RequestStatusView } from '../src/requests/types';
import { parseReference } from '../src/understanding/entities';
import { REQUEST_STATUS_DIALOG } from './ids';
import { type AnswerParser, isChoice, KeyedPrompt, type KeyedPromptOptions } from './prompts/keyedPrompt';
import { promisedCallDay } from './requestStatus/callDay';
import type { DialogServices } from './services';
import { turnInfo } from './turn';

const FLOW = 'requestStatusFlow';
const never = () => undefined;

interface StatusState {
  withdraw: boolean;
  reference?: string;
  own?: boolean;
}

export interface RequestStatusOptions {
  text: string;
}

const parseReferenceAnswer: AnswerParser<string> = (text, { understanding }) => understanding.entities.reference ?? parseReference(text);
/** The last four digits of the phone number, or the e-mail address. */
const parseProof: AnswerParser<string> = (text, { understanding }) => {
  if (understanding.entities.email) return understanding.entities.email;
  const digits = text.replace(/\D/g, '');
  return digits.length === 4 ? digits : undefined;
};

export class RequestStatusDialog extends ComponentDialog {
  constructor(private readonly services: DialogServices) {
    super(REQUEST_STATUS_DIALOG);
    const m = services.matchWords;
    this.addDialog(new KeyedPrompt('statusReference', m, parseReferenceAnswer));
    this.addDialog(new KeyedPrompt('statusProof', m, parseProof));
    this.addDialog(new KeyedPrompt('withdrawConfirm', m, never));
    this.addDialog(new WaterfallDialog(FLOW, [this.askReference.bind(this), this.askProof.bind(this), this.answer.bind(this), this.afterConfirm.bind(this)]));
    this.initialDialogId = FLOW;
  }

  // Uses the reference in the message, or the one this conversation filed; asks for it otherwise.
  private async askReference(step: WaterfallStepContext<RequestStatusOptions & StatusState>): Promise<DialogTurnResult> {
    const { understanding } = turnInfo(step.context);
    const profile = await this.services.profile.get(step.context, {});
    const own = profile.filedReferences ?? [];
    const state = step.options;
    state.withdraw = this.services.matchWords.mentionsWithdraw(step.options.text);
    const reference = understanding.entities.reference ?? own[own.length - 1];
    if (reference) return step.next(reference);
    return step.beginDialog('statusReference', { askKey: 'status.askReference', invalidKey: 'status.invalidReference' } as KeyedPromptOptions);
  }

  // A request of this conversation needs no proof; any other needs the last four digits of the phone or the e-mail address.
  private async askProof(step: WaterfallStepContext<StatusState>): Promise<DialogTurnResult> {
    const state = step.options;
    state.reference = step.result as string;
    const own = (await this.services.profile.get(step.context, {})).filedReferences ?? [];
    state.own = own.includes(state.reference);
    if (state.own) return step.next(undefined);
    return step.beginDialog('statusProof', { askKey: 'status.askProof', invalidKey: 'status.invalidProof' } as KeyedPromptOptions);
  }

  // Tells where the request stands, or withdraws it after a yes.
  private async answer(step: WaterfallStepContext<StatusState>): Promise<DialogTurnResult> {
    const { t } = turnInfo(step.context);
    const state = step.options;
    const reference = state.reference as string;
    const view = state.own ? await this.services.tracker.status(reference) : await this.services.tracker.statusWithProof(reference, step.result as string);
    if (!view) {
      await step.context.sendActivity(t('status.notFound', { phone: this.fallbackTeam()?.contact.phone ?? '' }));
      return step.endDialog();
    }
    if (state.withdraw && view.progress === 'received') {
      const confirm: KeyedPromptOptions = {
        askKey: 'status.withdrawConfirm', invalidKey: 'status.withdrawConfirm', params: { reference },
        buttons: [{ value: 'yes', labelKey: 'choice.yes' }, { value: 'no', labelKey: 'choice.no' }],
      };
      return step.beginDialog('withdrawConfirm', confirm);
    }
    await step.context.sendActivity(this.statusText(step.context, view, state.withdraw));
    return step.endDialog();
  }

  private async afterConfirm(step: WaterfallStepContext<StatusState>): Promise<DialogTurnResult> {
    const { t } = turnInfo(step.context);
    const reference = step.options.reference as string;
    if (!isChoice(step.result) || step.result.value !== 'yes') {
      await step.context.sendActivity(t('status.withdrawKept', { reference }));
      return step.endDialog();
    }
    const result = await this.services.tracker.withdraw(reference);
    const view = await this.services.tracker.status(reference);
    if (result === 'withdrawn') await step.context.sendActivity(t('status.withdrawn', { reference }));
    else if (view) await step.context.sendActivity(this.statusText(step.context, view, true));
    else await step.context.sendActivity(t('status.notFound', { phone: this.fallbackTeam()?.contact.phone ?? '' }));
    return step.endDialog();
  }

  private statusText(context: TurnContext, view: RequestStatusView, withdraw: boolean): string {
    const { t, language } = turnInfo(context);
    const team = this.team(view.teamId);
    const params = { reference: view.reference, team: team?.name ?? '', phone: team?.contact.phone ?? '' };
    if (withdraw && view.progress !== 'withdrawn' && view.progress !== 'closed') return t('status.withdrawTooLate', params);
    if (view.progress !== 'received') return t(`status.progress.${view.progress}`, params);
    const day = promisedCallDay(view, team, language, this.services.clock());
    if (day.late) return t('status.progress.late', params);
    return t(day.today ? 'status.progress.receivedToday' : 'status.progress.received', { ...params, day: day.name });
  }

  private team(teamId: string): WijTeam | undefined {
    return this.services.catalogue().teams().find((team) => team.id === teamId);
  }

  private fallbackTeam(): WijTeam | undefined {
    const teams = this.services.catalogue().teams();
    return teams.find((team) => team.fallback) ?? teams[0];
  }
}
