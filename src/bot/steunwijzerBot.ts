// The turn pipeline: understand, load state, safety first, global commands, continue the dialogs, save state.
import {
  ActivityHandler, type ConversationState, type StatePropertyAccessor, type TurnContext, type UserState,
} from 'botbuilder';
import { type DialogContext, DialogSet, type DialogState, DialogTurnStatus } from './dialogsLib';
import { MAIN_DIALOG, REQUEST_FORM_DIALOG, REQUEST_STATUS_DIALOG } from '../../dialogs/ids';
import { MainDialog } from '../../dialogs/mainDialog';
import { RequestFormDialog } from '../../dialogs/requestFormDialog';
import { RequestStatusDialog } from '../../dialogs/requestStatusDialog';
import type { ConversationProfile, DialogServices } from '../../dialogs/services';
import { setTurnInfo, turnInfo, type TurnInfo } from '../../dialogs/turn';
import { supportsCards } from '../../dialogs/cards/offeringCards';
import { KeyedPrompt } from '../../dialogs/prompts/keyedPrompt';
import type { Command, MatchWords } from '../conversation/matchWords';
import type { Metrics } from '../metrics';
import type { Texts } from '../texts/loadTexts';
import type { Language, TurnUnderstander, Understanding } from '../understanding/types';
import type { Helplines } from './helplines';
import { prefillProfile } from './prefillProfile';
import { checkInMessage, safetyMessage } from './safetyReply';
import { StateUnavailableError } from './turnErrorHandler';

export interface UserSettings {
  language?: Language;
}

export interface BotOptions {
  conversationState: ConversationState;
  userState: UserState;
  understander: TurnUnderstander;
  texts: Texts;
  matchWords: MatchWords;
  helplines: Helplines;
  services: Omit<DialogServices, 'profile' | 'matchWords'>;
  defaultLanguage: Language;
  privacyDays: number;
  clock: () => Date;
  /** Deletes the channel's copy of this conversation's messages, where we keep one (the local Direct Line). */
  forgetTranscript: (conversationId: string, channelId: string) => Promise<void>;
  metrics?: Metrics;
}

type CheckAnswer = 'yes' | 'no' | 'unknown';
/**
 * Where botbuilder-dialogs keeps the memory scopes and path resolvers of a turn (its DIALOG_STATE_MANAGER_CONFIGURATION,
 * not exported). Without it every turn builds them again (a service collection, zod parsing of settings, nine scopes);
 * they hold no state of their own, so the first turn's set serves all.
 */
const DIALOG_STATE_CONFIGURATION = 'DialogStateManagerConfiguration';
const CHECK_CHOICES = (['yes', 'no', 'unknown'] as const).map((value) => ({ value, labelKey: `choice.${value}` }));

export class SteunwijzerBot extends ActivityHandler {
  private readonly dialogs: DialogSet;
  private readonly profile: StatePropertyAccessor<ConversationProfile>;
  private readonly settings: StatePropertyAccessor<UserSettings>;
  private dialogStateConfiguration?: unknown;

  constructor(private readonly options: BotOptions) {
    super();
    const { conversationState, userState, matchWords } = options;
    this.profile = conversationState.createProperty<ConversationProfile>('profile');
    this.settings = userState.createProperty<UserSettings>('settings');
    const services: DialogServices = { ...options.services, profile: this.profile, matchWords };
    this.dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState'));
    this.dialogs.add(new MainDialog(services));
    this.dialogs.add(new RequestFormDialog(services));
    this.dialogs.add(new RequestStatusDialog(services));
    this.onMembersAdded(async (context, next) => {
      const someoneNew = (context.activity.membersAdded ?? []).some((m) => m.id !== context.activity.recipient.id);
      if (someoneNew) await this.startConversation(context);
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
  }

  /** Saves state only after a turn completed, so a failed turn leaves the conversation where it was. */
  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.options.conversationState.saveChanges(context, false);
    await this.options.userState.saveChanges(context, false);
  }

  private async startConversation(context: TurnContext): Promise<void> {
    const dc = await this.prepareTurn(context, await this.options.understander.understand('', { now: this.options.clock() }));
    if (!dc.activeDialog) await dc.beginDialog(MAIN_DIALOG);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const text = (context.activity.text ?? '').slice(0, 4000);
    // Understanding needs no database: a message that signals danger is answered even when state cannot be loaded.
    const understanding = await this.options.understander.understand(text, { now: this.options.clock() });
    let dc: DialogContext;
    try {
      dc = await this.prepareTurn(context, understanding);
    } catch (error) {
      if (understanding.safety !== 'none') {
        this.setInfo(context, understanding.language, understanding);
        await context.sendActivity(this.safetyReply(context, { ...understanding, safety: understanding.safety === 'acute' ? 'acute' : 'concern' }, undefined));
      }
      throw error;
    }
    const profile = await this.profile.get(context, {});
    const answer = await this.openPromptAccepts(dc);

    const pending = profile.safetyCheck;
    if (pending && (understanding.safety === 'none' || understanding.safety === 'check')) {
      profile.safetyCheck = undefined;
      const reply = this.checkAnswer(context, text);
      if (reply) return this.answerCheckIn(dc, profile, reply, pending);
      // Something else than an answer: that message is handled on its own.
    }
    if (understanding.safety !== 'none') return this.safetyFirst(dc, profile, understanding, answer);
    return this.continueFlow(dc, profile, understanding, answer);
  }

  /** A message any layer flags gets its safety answer before any question or advice. */
  private async safetyFirst(dc: DialogContext, profile: ConversationProfile, understanding: Understanding, answer: 'choice' | 'answer' | undefined): Promise<void> {
    const { context } = dc;
    if (understanding.safety === 'check') {
      profile.safetyCheck = { text: understanding.text.slice(0, 2000), signals: understanding.safetySignals };
      await context.sendActivity(checkInMessage(this.replyOptions(context)));
      return;
    }
    prefillProfile(profile, understanding);
    this.markUrgent(profile, understanding);
    await context.sendActivity(this.safetyReply(context, understanding, profile));
    if (this.wantsContact(understanding)) return this.startForm(dc, true);
    // A question who reads along or about an earlier request is answered right after the safety message.
    if (understanding.intent === 'privacy') await this.sendPrivacy(context);
    if (understanding.intent === 'request_status' && !this.formIsActive(dc)) return this.openRequestStatus(dc, understanding.text);
    // A message that also answers the open question (the situation, "what is it about") is not asked for again.
    if (answer === 'answer') return void (await dc.continueDialog());
    return this.resume(dc);
  }

  /** Ja → the acute answer; Weet ik niet → the concern answer; Nee → the conversation goes on with the message that raised the question. */
  private async answerCheckIn(dc: DialogContext, profile: ConversationProfile, reply: CheckAnswer, pending: NonNullable<ConversationProfile['safetyCheck']>): Promise<void> {
    const { context } = dc;
    const raised = await this.options.understander.understand(pending.text, { now: this.options.clock() });
    if (reply === 'no') {
      await context.sendActivity(turnInfo(context).t('safety.checkNo'));
      const calm: Understanding = { ...raised, safety: 'none', safetySignals: [] };
      context.activity.text = pending.text;
      this.setInfo(context, turnInfo(context).language, calm);
      const answer = await this.openPromptAccepts(dc);
      // The open question is asked again when the message was no answer to it (a prompt stays silent once we replied).
      if (dc.activeDialog && !answer && !this.options.matchWords.command(calm.text)) {
        prefillProfile(profile, calm);
        return void (await dc.repromptDialog());
      }
      return this.continueFlow(dc, profile, calm, answer);
    }
    const level = reply === 'yes' ? 'acute' : 'concern';
    const flagged: Understanding = { ...raised, safety: level, safetySignals: pending.signals };
    prefillProfile(profile, flagged);
    this.markUrgent(profile, flagged);
    await context.sendActivity(this.safetyReply(context, flagged, profile));
    if (this.wantsContact(raised)) return this.startForm(dc, true);
    return this.resume(dc);
  }

  private async continueFlow(dc: DialogContext, profile: ConversationProfile, understanding: Understanding, answer: 'choice' | 'answer' | undefined): Promise<void> {
    const { context } = dc;
    const { t } = this.info(context);
    const typedCommand = this.options.matchWords.command(understanding.text);
    if (!typedCommand && !answer && !this.formIsActive(dc) && (understanding.intent === 'request_status' || this.isWithdrawWish(understanding))) {
      return this.openRequestStatus(dc, understanding.text);
    }
    const command = typedCommand ?? (answer ? undefined : this.intentCommand(understanding, dc));
    if (command) return this.runCommand(command, dc, profile);

    if (answer !== 'choice') await this.offerLanguageSwitch(context, profile);
    // Inside the form a wrong answer is simply asked again; elsewhere other matters get a pointer to the municipality.
    if (!answer && !this.formIsActive(dc) && this.isOutOfScope(understanding)) {
      await context.sendActivity(t('common.outOfScope'));
      return dc.activeDialog ? void (await dc.repromptDialog()) : undefined;
    }
    if (answer !== 'choice') prefillProfile(profile, understanding, !dc.activeDialog);
    const result = await dc.continueDialog();
    if (result.status !== DialogTurnStatus.empty) return;
    if (understanding.intent === 'goodbye' && !understanding.topics.length) {
      await context.sendActivity(t('common.goodbye'));
      return;
    }
    await dc.beginDialog(MAIN_DIALOG);
  }

  private async runCommand(command: Command, dc: DialogContext, profile: ConversationProfile): Promise<void> {
    const { t } = this.info(dc.context);
    switch (command) {
      case 'restart':
        await dc.cancelAllDialogs();
        await this.profile.set(dc.context, { greeted: profile.greeted, filedReferences: profile.filedReferences });
        await dc.context.sendActivity(t('common.restart'));
        await dc.beginDialog(MAIN_DIALOG);
        return;
      case 'stop':
        await dc.cancelAllDialogs();
        await this.profile.set(dc.context, { greeted: profile.greeted, filedReferences: profile.filedReferences });
        await dc.context.sendActivity(t('common.goodbye'));
        return;
      case 'english':
      case 'dutch': {
        const language: Language = command === 'english' ? 'en' : 'nl';
        (await this.settings.get(dc.context, {})).language = language;
        this.setInfo(dc.context, language, this.info(dc.context).understanding);
        await dc.context.sendActivity(this.options.texts.t(language)('common.language'));
        return this.resume(dc);
      }
      case 'talk':
        if (this.formIsActive(dc)) return void (await dc.repromptDialog());
        return this.startForm(dc, Boolean(profile.urgent));
      case 'privacy':
        await this.sendPrivacy(dc.context);
        return this.resume(dc);
      case 'forget':
        await dc.cancelAllDialogs();
        await this.options.conversationState.delete(dc.context);
        await this.options.userState.delete(dc.context);
        await this.options.forgetTranscript(dc.context.activity.conversation.id, dc.context.activity.channelId);
        await dc.context.sendActivity(t('privacy.forgotten'));
        return;
    }
  }

  private async sendPrivacy(context: TurnContext): Promise<void> {
    await context.sendActivity(this.info(context).t('privacy.long', { days: this.options.privacyDays }));
  }

  /** "Hoe staat het met mijn aanmelding?": whatever was open gives way to the status dialog. */
  private async openRequestStatus(dc: DialogContext, text: string): Promise<void> {
    await dc.cancelAllDialogs();
    await dc.beginDialog(REQUEST_STATUS_DIALOG, { text });
  }

  private async startForm(dc: DialogContext, urgent: boolean): Promise<void> {
    if (this.formIsActive(dc)) return void (await dc.repromptDialog());
    await dc.cancelAllDialogs();
    await dc.beginDialog(REQUEST_FORM_DIALOG, { urgent });
  }

  /** After an interruption: ask the open question again, or start when nothing is open. */
  private async resume(dc: DialogContext): Promise<void> {
    if (dc.activeDialog) await dc.repromptDialog();
    else await dc.beginDialog(MAIN_DIALOG);
  }

  private markUrgent(profile: ConversationProfile, understanding: Understanding): void {
    profile.urgent = true;
    const reasons = [understanding.safety, ...understanding.safetySignals];
    profile.urgentSignals = [...new Set([...(profile.urgentSignals ?? []), ...reasons])].slice(0, 8);
  }

  /** "ik wil mijn aanmelding intrekken" reads like a wish for contact, but is about an earlier request. */
  private isWithdrawWish(understanding: Understanding): boolean {
    return understanding.intent === 'contact_request' && this.options.matchWords.mentionsWithdraw(understanding.text) && this.options.matchWords.mentionsRequest(understanding.text);
  }

  private wantsContact(understanding: Understanding): boolean {
    return understanding.intent === 'contact_request' || this.options.matchWords.command(understanding.text) === 'talk';
  }

  private checkAnswer(context: TurnContext, text: string): CheckAnswer | undefined {
    const { tAll } = this.info(context);
    const offered = CHECK_CHOICES.map((c) => ({ value: c.value, labels: tAll.map((t) => t(c.labelKey)) }));
    return this.options.matchWords.choice(text, offered) as CheckAnswer | undefined;
  }

  private safetyReply(context: TurnContext, understanding: Understanding, profile: ConversationProfile | undefined) {
    return safetyMessage(understanding, profile?.role, this.replyOptions(context));
  }

  private replyOptions(context: TurnContext) {
    const { t, language } = this.info(context);
    return { t, language, helplines: this.options.helplines, withCards: supportsCards(context.activity.channelId) };
  }

  private intentCommand(understanding: Understanding, dc: DialogContext): Command | undefined {
    if (understanding.intent === 'contact_request' && !this.formIsActive(dc)) return 'talk';
    if (understanding.intent === 'privacy') return 'privacy';
    return undefined;
  }

  private isOutOfScope({ intent, topics, entities, text }: Understanding): boolean {
    return intent === 'out_of_scope' && topics.length === 0 && Object.keys(entities).length === 0 && text.trim().split(/\s+/).length >= 3;
  }

  private async openPromptAccepts(dc: DialogContext): Promise<'choice' | 'answer' | undefined> {
    // Every read of `child` makes a new DialogContext: read it once per level.
    let deepest = dc;
    for (let child = dc.child; child; child = child.child) deepest = child;
    const active = deepest.activeDialog;
    const prompt = active ? deepest.findDialog(active.id) : undefined;
    return prompt instanceof KeyedPrompt ? prompt.accepts(dc.context, active?.state?.options) : undefined;
  }

  private formIsActive(dc: DialogContext): boolean {
    for (let current: DialogContext | undefined = dc; current; current = current.child) {
      if (current.activeDialog?.id === REQUEST_FORM_DIALOG) return true;
    }
    return false;
  }

  /** A first message in the other language switches at once; later ones get a one-time offer. */
  private async offerLanguageSwitch(context: TurnContext, profile: ConversationProfile): Promise<void> {
    const { understanding, language } = this.info(context);
    if (profile.languageOffered || understanding.language === language || understanding.text.trim().split(/\s+/).length < 3) return;
    profile.languageOffered = true;
    if (!profile.greeted) {
      (await this.settings.get(context, {})).language = understanding.language;
      this.setInfo(context, understanding.language, understanding);
      return;
    }
    await context.sendActivity(this.options.texts.t(understanding.language)('common.languageOffer'));
  }

  /** Loads both states (this is where a database failure shows) and sets the turn's language and understanding. */
  private async prepareTurn(context: TurnContext, understanding: Understanding): Promise<DialogContext> {
    try {
      // Loaded together, so the storage reads both in one statement.
      await Promise.all([this.options.conversationState.load(context), this.options.userState.load(context)]);
    } catch (error) {
      throw new StateUnavailableError(error);
    }
    const settings = await this.settings.get(context, {});
    // A first message in English is answered in English even when state tells nothing yet.
    const language = settings.language ?? this.options.defaultLanguage;
    this.setInfo(context, language, understanding);
    if (this.dialogStateConfiguration && !context.turnState.has(DIALOG_STATE_CONFIGURATION)) {
      context.turnState.set(DIALOG_STATE_CONFIGURATION, this.dialogStateConfiguration);
    }
    const dc = await this.dialogs.createContext(context);
    this.dialogStateConfiguration ??= context.turnState.get(DIALOG_STATE_CONFIGURATION);
    return dc;
  }

  private setInfo(context: TurnContext, language: Language, understanding: Understanding): void {
    const t = this.options.texts.t(language);
    const tAll = (['nl', 'en'] as const).map((l) => this.options.texts.t(l));
    const info: TurnInfo = { language, t, tAll, understanding };
    setTurnInfo(context, info);
  }

  private info(context: TurnContext): TurnInfo {
    return turnInfo(context);
  }
}
