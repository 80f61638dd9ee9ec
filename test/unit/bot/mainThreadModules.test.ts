// The main thread's bot and dialogs load none of Microsoft's text recognizers (their data and regexes cost ~4-25 MB of
// process memory): botbuilder-dialogs' own prompts and its Prompt base class load them, so our prompts do without.
const RECOGNIZERS = [
  '@microsoft/recognizers-text-number', '@microsoft/recognizers-text-choice', '@microsoft/recognizers-text-date-time',
  '@microsoft/recognizers-text-suite', '@microsoft/recognizers-text-number-with-unit', '@microsoft/recognizers-text-sequence',
];

describe('modules of the main thread', () => {
  it('the bot, its dialogs and prompts load no text recognizer', () => {
    jest.isolateModules(() => {
      for (const name of RECOGNIZERS) {
        jest.doMock(name, () => {
          throw new Error(`${name} was loaded`);
        });
      }
      expect(() => require('../../../src/bot/createBot')).not.toThrow();
      expect(() => require('../../../dialogs/prompts/keyedPrompt')).not.toThrow();
    });
  });

  it('would notice if one were loaded', () => {
    jest.isolateModules(() => {
      jest.doMock('@microsoft/recognizers-text-number', () => {
        throw new Error('loaded');
      });
      expect(() => require('botbuilder-dialogs/lib/prompts/prompt')).toThrow('loaded');
    });
  });
});
