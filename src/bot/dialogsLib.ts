// The parts of botbuilder-dialogs this bot uses, imported from their own files. The package's index also loads every
// prompt it ships (choice, number, date and time) with Microsoft's text recognizers: measured 12.7 MB of heap and about
// 25 MB of process memory that Steunwijzer never uses (its prompts are its own, dialogs/prompts/). Its Prompt base class
// alone still loads the number recognizer (for choice lists): 3.9 MB of process memory, so our prompt is a plain Dialog.
import './dialogsPerContext';

export { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
export { Dialog, type DialogInstance, DialogTurnStatus, type DialogTurnResult } from 'botbuilder-dialogs/lib/dialog';
export { DialogContext, type DialogState } from 'botbuilder-dialogs/lib/dialogContext';
export { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
export { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog';
export { WaterfallStepContext } from 'botbuilder-dialogs/lib/waterfallStepContext';
