// Content files: a missing translation or a broken match-word file stops start-up, naming the file and the key.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadMatchWords } from '../../../src/conversation/matchWords';
import { projectRoot } from '../../../src/projectRoot';
import { loadTexts } from '../../../src/texts/loadTexts';

const root = projectRoot();

function copyLocales(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'locales-'));
  cpSync(path.join(root, 'locales'), dir, { recursive: true });
  return dir;
}

describe('texts', () => {
  it('loads nl and en with the same keys', () => {
    const texts = loadTexts(path.join(root, 'locales'));
    expect(texts.t('nl')('ask.role')).not.toBe(texts.t('en')('ask.role'));
    expect(texts.t('en')('ask.role')).not.toBe('ask.role');
  });

  it('refuses a text that is missing in English, naming the file and the key', () => {
    const dir = copyLocales();
    const file = path.join(dir, 'en', 'common.json');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    delete json.ask.postcode;
    writeFileSync(file, JSON.stringify(json));
    expect(() => loadTexts(dir)).toThrow(/common\.json[\s\S]*ask\.postcode: missing in en/);
  });

  it('refuses broken JSON and empty texts, naming the file', () => {
    const dir = copyLocales();
    writeFileSync(path.join(dir, 'nl', 'common.json'), '{ "ask": ');
    expect(() => loadTexts(dir)).toThrow(/nl[/\\]common\.json:[\s\S]*not valid JSON/);
    const other = copyLocales();
    const file = path.join(other, 'nl', 'common.json');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.ask.role = '';
    writeFileSync(file, JSON.stringify(json));
    expect(() => loadTexts(other)).toThrow(/ask\.role/);
  });
});

describe('match words', () => {
  const words = loadMatchWords(path.join(root, 'data', 'conversation', 'match.yml'));

  it('knows commands only as whole messages', () => {
    expect(words.command('Opnieuw!')).toBe('restart');
    expect(words.command('English')).toBe('english');
    expect(words.command('stop met pesten')).toBeUndefined();
  });

  it('matches button labels and their synonyms, typed in any case', () => {
    const offered = [{ value: 'parent', labels: ['Ouder of opvoeder'] }, { value: 'young', labels: ['Jongere'] }];
    expect(words.choice('ouder of opvoeder', offered)).toBe('parent');
    expect(words.choice('Moeder', offered)).toBe('parent');
    expect(words.choice('tiener', offered)).toBe('young');
    expect(words.choice('misschien', offered)).toBeUndefined();
  });

  it('strips "ik heet" from a name', () => {
    expect(words.stripNamePrefix('Ik heet Sam')).toBe('Sam');
    expect(words.stripNamePrefix('Sam')).toBe('Sam');
  });

  it('refuses a file with an unknown key, naming the file and the field', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'match-'));
    const file = path.join(dir, 'match.yml');
    writeFileSync(file, `${readFileSync(path.join(root, 'data', 'conversation', 'match.yml'), 'utf8')}\nextra: [x]\n`);
    expect(() => loadMatchWords(file)).toThrow(/match\.yml[\s\S]*extra|Unrecognized key/);
  });
});
