// A tiny HTML template: every interpolated value is escaped unless it is already Html (from another html`` or raw()).
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

type Value = Html | string | number | boolean | null | undefined | Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (value instanceof Html) return value.value;
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  return new Html(strings.reduce((out, s, i) => out + s + (i < values.length ? render(values[i]) : ''), ''));
}

/** Markup we wrote ourselves (never user input). */
export const raw = (markup: string): Html => new Html(markup);

/** An <option> list for a select; the current value is selected. */
export function options(items: Array<[value: string, label: string]>, current: string | undefined): Html {
  return html`${items.map(([value, label]) => html`<option value="${value}"${value === current ? raw(' selected') : ''}>${label}</option>`)}`;
}
