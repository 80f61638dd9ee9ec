// JSON text that PostgreSQL's jsonb accepts from any input: no NUL characters, no lone surrogates (in keys or values).

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const NEEDS_CLEANING = /\\u(?:0000|d[89a-f])/i;

const clean = (text: string): string => text.replace(/\u0000/g, '').replace(LONE_SURROGATE, '\uFFFD');

function cleanKeys(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[clean(key)] = item;
  return out;
}

/**
 * JSON.stringify for a jsonb column. jsonb refuses "\u0000" and unpaired surrogates, and a user can type both;
 * dropping NUL and replacing a lone surrogate by U+FFFD keeps the turn instead of failing it. `stringified`, when
 * given, is JSON.stringify(value) already made by the caller.
 */
export function toJsonText(value: unknown, stringified?: string): string {
  // JSON.stringify writes a NUL and every lone surrogate as an escape (\u0000, \ud800–\udfff), in keys and values
  // alike: text without such an escape needs no cleaning, and a plain stringify is several times faster than one with
  // a replacer. (A backslash typed before "u0000" also matches; that text merely takes the careful path.)
  const plain = stringified ?? JSON.stringify(value ?? null);
  if (plain === undefined || !NEEDS_CLEANING.test(plain)) return plain;
  return JSON.stringify(value ?? null, function replacer(this: unknown, _key: string, item: unknown) {
    if (typeof item === 'string') return clean(item);
    if (item && typeof item === 'object' && !Array.isArray(item) && Object.keys(item).some((k) => clean(k) !== k)) {
      return cleanKeys(item as Record<string, unknown>);
    }
    return item;
  });
}
