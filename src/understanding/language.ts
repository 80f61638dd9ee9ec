// Guesses whether a message is Dutch or English from function words the two languages do not share.

export class LanguageGuesser {
  private readonly en: Set<string>;
  private readonly nl: Set<string>;

  constructor(hints: { en: string[]; nl: string[] }) {
    this.en = new Set(hints.en);
    this.nl = new Set(hints.nl);
  }

  guess(rawTokens: readonly string[]): 'nl' | 'en' {
    let en = 0;
    let nl = 0;
    for (const token of rawTokens) {
      if (this.en.has(token)) en++;
      if (this.nl.has(token)) nl++;
    }
    return en > nl ? 'en' : 'nl';
  }
}
