// Small formatters for the staff pages: date and time in Dutch, waiting time, age.
import type { TFunction } from 'i18next';

const dateTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });

export const formatDateTime = (iso: string): string => dateTime.format(new Date(iso));

export function waitingTime(t: TFunction, since: string, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - new Date(since).getTime()) / 60_000));
  if (minutes < 60) return t('staff:time.minutes', { n: minutes });
  if (minutes < 48 * 60) return t('staff:time.hours', { n: Math.floor(minutes / 60) });
  return t('staff:time.days', { n: Math.floor(minutes / 1440) });
}

export const ageText = (t: TFunction, age: number | undefined): string =>
  age === undefined ? t('staff:queue.ageUnknown') : t('staff:queue.ageYears', { age });
