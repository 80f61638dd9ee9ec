// t per language: remembered texts are exactly what i18next gives, texts with options are rendered every time, a missing key is reported every time.
import path from 'node:path';
import { projectRoot } from '../../../src/projectRoot';
import { loadTexts } from '../../../src/texts/loadTexts';

describe('texts', () => {
  const missing: string[] = [];
  const texts = loadTexts(path.join(projectRoot(), 'locales'), (key) => missing.push(key));

  it('gives the same t for a language on every turn', () => {
    expect(texts.t('nl')).toBe(texts.t('nl'));
    expect(texts.t('en')).not.toBe(texts.t('nl'));
  });

  it('remembers plain texts and gives what i18next gives, with and without an empty options object', () => {
    for (const language of ['nl', 'en'] as const) {
      const fresh = texts.i18n.getFixedT(language);
      for (const key of ['common.goodbye', 'choice.yes', 'advice.offeringsTitle']) {
        expect(texts.t(language)(key)).toBe(fresh(key));
        expect(texts.t(language)(key, {})).toBe(fresh(key));
      }
    }
  });

  it('renders texts with options each time', () => {
    const t = texts.t('nl');
    const fresh = texts.i18n.getFixedT('nl');
    expect(t('privacy.long', { days: 30 })).toBe(fresh('privacy.long', { days: 30 }));
    expect(t('privacy.long', { days: 7 })).toBe(fresh('privacy.long', { days: 7 }));
    expect(t('privacy.long', { days: 7 })).not.toBe(t('privacy.long', { days: 30 }));
  });

  it('reports a missing key every time it is asked', () => {
    missing.length = 0;
    texts.t('nl')('common.doesNotExist');
    texts.t('nl')('common.doesNotExist');
    expect(missing).toEqual(['common:common.doesNotExist', 'common:common.doesNotExist']);
  });
});
