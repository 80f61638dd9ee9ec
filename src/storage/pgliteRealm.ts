// Values that cross from PGlite's JavaScript realm into ours (see pgliteModule.ts for why there can be two realms).
// Kept apart from pgliteModule so that code talking to PGlite in a worker thread does not load PGlite itself.

const tagOf = (value: object): string => Object.prototype.toString.call(value);

/** A deep copy made of this realm's objects; values that are already ours are returned as they are. */
function localValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return Array.from(value, localValue);
  const tag = tagOf(value);
  if (tag === '[object Date]') return value instanceof Date ? value : new Date((value as Date).getTime());
  if (tag === '[object Uint8Array]') return value instanceof Uint8Array ? value : Uint8Array.from(value as Uint8Array);
  if (tag === '[object Object]') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, localValue(item)]));
  }
  return value;
}

/** Rows as plain objects of this realm (a cheap check when PGlite already shares our realm). */
export function localRows<Row>(rows: Row[]): Row[] {
  const first = rows[0];
  if (first === undefined || Object.getPrototypeOf(first) === Object.prototype) return rows;
  return rows.map((row) => localValue(row) as Row);
}

/** An error of this realm, so that `instanceof Error` holds; code, detail and the other fields are kept. */
export function localError(error: unknown): unknown {
  if (error instanceof Error || error === null || typeof error !== 'object' || tagOf(error) !== '[object Error]') return error;
  const foreign = error as Error;
  const local = Object.assign(new Error(foreign.message), foreign);
  Object.defineProperty(local, 'name', { value: foreign.name, configurable: true, writable: true });
  Object.defineProperty(local, 'stack', { value: foreign.stack, configurable: true, writable: true });
  return local;
}

/** Parameters PGlite can serialise whatever realm they come from: Dates as ISO strings, bytes as Buffers. */
export function portableParams(params: unknown[] | undefined): unknown[] | undefined {
  if (!params) return params;
  const portable = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(portable);
    if (value === null || typeof value !== 'object') return value;
    if (tagOf(value) === '[object Date]') return (value as Date).toISOString();
    if (tagOf(value) === '[object Uint8Array]' && !Buffer.isBuffer(value)) return Buffer.from(value as Uint8Array);
    return value;
  };
  return params.map(portable);
}
