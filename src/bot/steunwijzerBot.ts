// The turn pipeline: load state, understand, safety first, global commands, continue the dialogs, save state.
import {
  ActivityHandler, type ConversationState, type StatePropertyAccessor, type TurnContext, type UserState,
} from 'botbuilder';
import { type DialogContext, DialogSet, type DialogState, DialogTurnStatus } from 'botbuilder-dialogs';
import { MAIN_DIALOG, REQUEST_FORM_DIALOG } from '../../dialogs/ids';
import { MainDialog } from '../../dialogs/mainDialog';
import { RequestFormDialog } from '../../dialogs/requestFormDialog';
import type { ConversationProfile, DialogServices } from '../../dialogs/services';
import { setTurnInfo, turnInfo, type TurnInfo } from '../../dialogs/turn';
import { supportsCards } from '../../dialogs/cards/offeringCards';
import { KeyedPrompt } from '../../dialogs/prompts/keyedPrompt';
import type { Command, MatchWords } from '../conversation/matchWords';
import type { Texts } from '../texts/loadTexts';
import type { Language, Understander, Understanding } from '../understanding/types';
import { prefillProfile } from './prefillProfile';
import { safetyMessage } from './safetyReply';

export interface UserSettings {
  language?: Language;
}

export interface BotOptions {
  conversationState: ConversationState;
  userState: UserState;
  understander: Understander;
  texts: Texts;
  matchWords: MatchWords;
  services: Omit<DialogServices, 'profile' | 'matchWords'>;
  defaultLanguage: Language;
  privacyDays: number;
  clock: () => Date;
  /** Deletes the channel's copy of this conversation's messages, where we keep one (the local Direct Line). */
  forgetTranscript: (conversationId: string, channelId: string) => Promise<void>;
}

export class SteunwijzerBot extends ActivityHandler {
  private readonly dialogs: DialogSet;
  private readonly profile: StatePropertyAccessor<ConversationProfile>;
  private readonly settings: StatePropertyAccessor<UserSettings>;

  constructor(private readonly options: BotOptions) {
    super();
    const { conversationState, userState, matchWords } = options;
    this.profile = conversationState.createProperty<ConversationProfile>('profile');
    this.settings = userState.createProperty<UserSettings>('settings');
    const services: DialogServices = { ...options.services, profile: this.profile, matchWords };
    this.dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState'));
    this.dialogs.add(new MainDialog(services));
    this.dialogs.add(new RequestFormDialog(services));
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
    const dc = await this.prepareTurn(context, '');
    if (!dc.activeDialog) await dc.beginDialog(MAIN_DIALOG);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const text = (context.activity.text ?? '').slice(0, 4000);
    const dc = await this.prepareTurn(context, text);
    const { understanding, t } = this.info(context);
    const profile = await this.profile.get(context, {});

    // What the open question can use is an answer, never an interruption.
    const answer = await this.openPromptAccepts(dc);

    if (understanding.safety !== 'none') {
      prefillProfile(profile, understanding);
      profile.urgent = true;
      await context.sendActivity(safetyMessage(understanding, profile.role, t, supportsCards(context.activity.channelId)));
      // A message that also answers the open question (the situation, "what is it about") is not asked for again.
      if (answer === 'answer') return void (await dc.continueDialog());
      return this.resume(dc);
    }
    const command = this.options.matchWords.command(text) ?? (answer ? undefined : this.intentCommand(understanding, dc));
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
        await this.profile.set(dc.context, { greeted: profile.greeted });
        await dc.context.sendActivity(t('common.restart'));
        await dc.beginDialog(MAIN_DIALOG);
        return;
      case 'stop':
        await dc.cancelAllDialogs();
        await this.profile.set(dc.context, { greeted: profile.greeted });
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
        await dc.cancelAllDialogs();
        await dc.beginDialog(REQUEST_FORM_DIALOG, { urgent: profile.urgent });
        return;
      case 'privacy':
        await dc.context.sendActivity(t('privacy.long', { days: this.options.privacyDays }));
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

  /** After an interruption: ask the open question again, or start when nothing is open. */
  private async resume(dc: DialogContext): Promise<void> {
    if (dc.activeDialog) await dc.repromptDialog();
    else await dc.beginDialog(MAIN_DIALOG);
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
    let deepest = dc;
    while (deepest.child) deepest = deepest.child;
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

  private async prepareTurn(context: TurnContext, text: string): Promise<DialogContext> {
    const settings = await this.settings.get(context, {});
    const language = settings.language ?? this.options.defaultLanguage;
    const understanding = this.options.understander.understand(text, { now: this.options.clock() });
    this.setInfo(context, language, understanding);
    return this.dialogs.createContext(context);
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
