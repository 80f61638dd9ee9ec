// Test helpers: a temporary copy of the sample catalogue that a test may break.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultCatalogueDir } from '../../../src/catalogue';

export function copySample(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'catalogue-'));
  cpSync(defaultCatalogueDir(), dir, { recursive: true });
  return dir;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Replaces the first occurrence of `from` in a data file. */
export function edit(dir: string, file: string, from: string, to: string): void {
  const full = path.join(dir, file);
  const text = readFileSync(full, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture: "${from}" not in ${file}`);
  writeFileSync(full, text.replace(from, to));
}
