// t per language: remembered texts are exactly what i18next gives, with or without plain options; a missing key is reported every time.
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

  it('gives each set of options its own text, the same as i18next, also when asked again', () => {
    const t = texts.t('nl');
    const fresh = texts.i18n.getFixedT('nl');
    for (let round = 0; round < 2; round += 1) {
      expect(t('privacy.long', { days: 30 })).toBe(fresh('privacy.long', { days: 30 }));
      expect(t('privacy.long', { days: 7 })).toBe(fresh('privacy.long', { days: 7 }));
    }
    expect(t('privacy.long', { days: 7 })).not.toBe(t('privacy.long', { days: 30 }));
    expect(t('form.filed', { reference: 'SW-1' })).not.toBe(t('form.filed', { reference: 'SW-2' }));
  });

  it('stays correct after it has forgotten everything (many different options)', () => {
    const t = texts.t('en');
    const fresh = texts.i18n.getFixedT('en');
    for (let n = 0; n < 6000; n += 1) t('form.filed', { reference: `SW-${n}` });
    expect(t('form.filed', { reference: 'SW-5999' })).toBe(fresh('form.filed', { reference: 'SW-5999' }));
    expect(t('form.filed', { reference: 'SW-1' })).toBe(fresh('form.filed', { reference: 'SW-1' }));
  });

  it('renders options that are not plain values each time', () => {
    const t = texts.t('nl');
    const fresh = texts.i18n.getFixedT('nl');
    expect(t('privacy.long', { days: 30, extra: { nested: true } })).toBe(fresh('privacy.long', { days: 30 }));
  });

  it('reports a missing key every time it is asked', () => {
    missing.length = 0;
    texts.t('nl')('common.doesNotExist');
    texts.t('nl')('common.doesNotExist');
    expect(missing).toEqual(['common:common.doesNotExist', 'common:common.doesNotExist']);
  });
});
