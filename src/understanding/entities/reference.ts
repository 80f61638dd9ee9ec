// Finds a request reference number ("SW-7K2M-Q9XD", also typed as "sw 7k2m q9xd" or "SW7K2MQ9XD") and writes it the standard way.
const REFERENCE = /\bsw([\s-]?)([0-9a-z]{4})([\s-]?)([0-9a-z]{4,5})\b/gi;

/**
 * Words can look like a reference ("mn switch gaat naar mn broer" reads as SW-ITCH-GAAT): without a digit, only the
 * written form with both dashes counts.
 */
function looksTyped(match: RegExpExecArray): boolean {
  return /[0-9]/.test(match[2] + match[4]) || (match[1] === '-' && match[3] === '-');
}

export function parseReference(text: string): string | undefined {
  const match = [...text.matchAll(REFERENCE)].find(looksTyped);
  if (!match) return undefined;
  // Letters that look like digits are read as the digits they resemble (I/L → 1, O → 0, U → V), as the alphabet has none of them.
  const clean = (part: string) => part.toUpperCase().replace(/[IL]/g, '1').replace(/O/g, '0').replace(/U/g, 'V');
  return `SW-${clean(match[2])}-${clean(match[4])}`;
}
