// Turns a backend's error into a short text that is safe to store and log: no e-mail addresses, phone numbers or long texts.

const EMAIL = /[^\s@<>"']+@[^\s@<>"']+/g;
const DIGITS = /\+?\d[\d\s-]{6,}\d/g;

export function safeErrorText(error: unknown): string {
  const err = error as { name?: unknown; code?: unknown; message?: unknown } | null;
  const name = typeof err?.name === 'string' ? err.name : 'Error';
  const code = typeof err?.code === 'string' || typeof err?.code === 'number' ? ` [${String(err.code)}]` : '';
  const message = typeof err?.message === 'string' ? err.message : String(error);
  const cleaned = message.replace(EMAIL, '[address]').replace(DIGITS, '[number]').replace(/\s+/g, ' ').trim();
  return `${name}${code}: ${cleaned}`.slice(0, 300);
}
