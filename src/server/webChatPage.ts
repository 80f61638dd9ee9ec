// Renders the chat page (stand-alone and inside the embed) from public/index.html: texts from locales/, brand and help line from config and data.
import type { HelpLineItem } from '../channels/helpLine';
import type { Texts } from '../texts/loadTexts';
import type { Language } from '../understanding/types';

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export interface PageBrand {
  name: string;
  color: string;
  logoUrl?: string;
}

export interface PageSettings {
  language: Language;
  brand: PageBrand;
  quickExitUrl: string;
  helpLine: HelpLineItem[];
  embedded: boolean;
}

/** The one line of help: national numbers as tel: links, each with a spoken label. */
export function helpLineHtml(items: HelpLineItem[], t: (key: string, values?: Record<string, string>) => string): string {
  const label = t('webchat:helpLine.label');
  const links = items.map(
    (item) =>
      `<a href="${escapeHtml(item.href)}" aria-label="${escapeHtml(t('webchat:helpLine.call', { name: item.label, phone: item.phone }))}">${escapeHtml(item.label)}</a>`,
  );
  return `<nav class="sw-helpline" aria-label="${escapeHtml(label)}"><span class="sw-helpline__label">${escapeHtml(label)}</span> ${links.join('<span aria-hidden="true"> · </span>')}</nav>`;
}

/**
 * Fills the template: {{key}} is an escaped text, {{=name}} an escaped setting, {{{name}}} ready-made HTML of ours.
 */
export function renderPage(template: string, texts: Texts, settings: PageSettings): string {
  const t = texts.t(settings.language) as unknown as (key: string, values?: Record<string, string>) => string;
  const values: Record<string, string> = {
    lang: settings.language,
    brandName: settings.brand.name,
    brandColor: settings.brand.color,
    quickExitUrl: settings.quickExitUrl,
    bodyClass: settings.embedded ? 'sw-embedded' : 'sw-page',
  };
  const html: Record<string, string> = {
    helpLine: helpLineHtml(settings.helpLine, t),
    logo: settings.brand.logoUrl ? `<img class="sw-logo" src="${escapeHtml(settings.brand.logoUrl)}" alt="">` : '',
  };
  return template
    .replace(/\{\{\{([a-zA-Z]+)\}\}\}/g, (_m, name: string) => html[name] ?? '')
    .replace(/\{\{=([a-zA-Z]+)\}\}/g, (_m, name: string) => escapeHtml(values[name] ?? ''))
    .replace(/\{\{([a-zA-Z:.]+)\}\}/g, (_m, key: string) => escapeHtml(t(key)));
}
