// Data files are validated strictly: a bad file fails loading with the file, the field and the reason.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ContentError } from '../../../src/errors';
import { defaultDataDir, loadUnderstandingData } from '../../../src/understanding';

function copyWith(file: string, edit: (content: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'nlu-data-'));
  cpSync(defaultDataDir(), dir, { recursive: true });
  writeFileSync(path.join(dir, file), edit(readFileSync(path.join(dir, file), 'utf8')));
  return dir;
}

describe('understanding data', () => {
  it('loads the shipped files', () => {
    expect(() => loadUnderstandingData()).not.toThrow();
  });

  it('names file, field and reason for an unknown safety signal', () => {
    const dir = copyWith('safety.yml', (content) => content.replace('  suicide:\n', '  suicid:\n'));
    expect(() => loadUnderstandingData(dir)).toThrow(ContentError);
    expect(() => loadUnderstandingData(dir)).toThrow(/safety\.yml[\s\S]*signals/);
  });

  it('names the pattern that cannot be read', () => {
    const dir = copyWith('idioms.yml', (content) => content.replace('idioms:\n', 'idioms:\n  - "dood .."\n'));
    expect(() => loadUnderstandingData(dir)).toThrow(/idioms\.yml[\s\S]*idioms\.0[\s\S]*gap/);
  });

  it('names a farewell combination that names no cue group', () => {
    const dir = copyWith('safety.yml', (content) => content.replace('    - [final, farewell]\n', '    - [final, farwell]\n'));
    expect(() => loadUnderstandingData(dir)).toThrow(/safety\.yml[\s\S]*farewell\.acuteWhen\.0[\s\S]*farwell/);
  });

  it('rejects unknown keys', () => {
    const dir = copyWith('topics.yml', (content) => content.replace('  opvoeding:\n', '  opvoeding:\n    synonyms: []\n'));
    expect(() => loadUnderstandingData(dir)).toThrow(/topics\.yml[\s\S]*opvoeding/);
  });
});
