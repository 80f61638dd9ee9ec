// Encrypts personal fields at rest with AES-256-GCM (node:crypto); a key id in every value lets old keys be rotated out.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { AppError } from '../errors';

const PREFIX = 'enc1';

/** The id stored with each value: the first 8 hex characters of the key's SHA-256 (never the key itself). */
export const keyId = (key: Buffer): string => createHash('sha256').update(key).digest('hex').slice(0, 8);

/** Parses a 32-byte key given as base64 (44 characters) or hex (64 characters). */
export function parseKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) throw new AppError('key_invalid', 'an encryption key must be 32 bytes, as base64 or hex');
  return key;
}

export const newKey = (): Buffer => randomBytes(32);

export class FieldCipher {
  private readonly keys = new Map<string, Buffer>();
  readonly currentKeyId: string;

  /** The first key encrypts; all keys decrypt (older keys stay readable until rotation re-encrypts them). */
  constructor(keys: Buffer[]) {
    if (keys.length === 0) throw new AppError('key_missing', 'at least one encryption key is needed');
    for (const key of keys) this.keys.set(keyId(key), key);
    this.currentKeyId = keyId(keys[0]);
  }

  /** A cipher with a random key that lives as long as the process: for tests only. */
  static ephemeral(): FieldCipher {
    return new FieldCipher([newKey()]);
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.currentKeyId)!, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [PREFIX, this.currentKeyId, iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join(':');
  }

  decrypt(value: string): string {
    const [prefix, id, iv, tag, body] = value.split(':');
    const key = this.keys.get(id);
    if (prefix !== PREFIX || !key || !iv || !tag || body === undefined) {
      throw new AppError('decrypt_failed', 'value is not encrypted with a known key', { keyId: id });
    }
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
  }

  encryptJson(value: unknown): string {
    return this.encrypt(JSON.stringify(value));
  }

  decryptJson<T>(value: string): T {
    return JSON.parse(this.decrypt(value)) as T;
  }

  /** True when the value was written with an older key (rotation re-encrypts it). */
  isStale(value: string): boolean {
    return value.split(':')[1] !== this.currentKeyId;
  }
}
