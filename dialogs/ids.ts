// Dialog ids, one place, so dialogs can start each other without importing each other in a circle.
export const MAIN_DIALOG = 'main';
export const ADVICE_DIALOG = 'advice';
export const REQUEST_FORM_DIALOG = 'requestForm';
export const REQUEST_STATUS_DIALOG = 'requestStatus';
