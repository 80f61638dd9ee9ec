// Where the data key comes from: DATA_ENCRYPTION_KEY (production), or a key file in DATA_DIR with mode 0600 (embedded default).
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import { FieldCipher, newKey, parseKey } from './fieldCipher';

export const KEY_FILE = 'encryption.key';

export interface KeySettings {
  /** DATA_ENCRYPTION_KEY: the current key. */
  key?: string;
  /** DATA_ENCRYPTION_PREVIOUS_KEYS: older keys, still read until `staff -- keys rotate` re-encrypted everything. */
  previousKeys: string[];
  dataDir: string;
}

const keyFile = (dataDir: string) => path.join(dataDir, KEY_FILE);

/** Reads the key file (one key per line, current first), creating it with a fresh key and mode 0600 when missing. */
export function readKeyFile(dataDir: string): Buffer[] {
  const file = keyFile(dataDir);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, `${newKey().toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const keys = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map(parseKey);
  if (keys.length === 0) throw new AppError('key_missing', `${file} holds no key`);
  return keys;
}

export function writeKeyFile(dataDir: string, keys: Buffer[]): void {
  writeFileSync(keyFile(dataDir), keys.map((k) => `${k.toString('base64')}\n`).join(''), { mode: 0o600 });
  chmodSync(keyFile(dataDir), 0o600);
}

export function cipherFromSettings(settings: KeySettings): FieldCipher {
  const previous = settings.previousKeys.map(parseKey);
  if (settings.key) return new FieldCipher([parseKey(settings.key), ...previous]);
  return new FieldCipher([...readKeyFile(settings.dataDir), ...previous]);
}
