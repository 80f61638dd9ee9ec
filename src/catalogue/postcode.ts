// Dutch postcodes: parse "9741 AB" / "9741ab" and match the number against team ranges like "9741-9743".

export interface PostcodeRange {
  from: number;
  to: number;
}

/** The four digits of a Dutch postcode, or undefined when it is not one. */
export function postcodeNumber(postcode: string): number | undefined {
  const m = /^\s*([1-9][0-9]{3})\s*([a-zA-Z]{2})?\s*$/.exec(postcode);
  return m ? Number(m[1]) : undefined;
}

export function parseRange(range: string): PostcodeRange {
  const [a, b] = range.split('-');
  const from = Number(a);
  return { from, to: b === undefined ? from : Number(b) };
}

export const rangeSize = (r: PostcodeRange): number => r.to - r.from + 1;
export const inRange = (n: number, r: PostcodeRange): boolean => n >= r.from && n <= r.to;
export const overlaps = (a: PostcodeRange, b: PostcodeRange): boolean => a.from <= b.to && b.from <= a.to;
