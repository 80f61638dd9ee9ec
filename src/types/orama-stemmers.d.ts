// The package ships ESM-typed declarations only; with our CommonJS build we declare the one CommonJS entry we use.
declare module '@orama/stemmers/dutch' {
  export function stemmer(word: string): string;
}
