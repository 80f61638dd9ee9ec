// Typed errors of the storage layer.
import { AppError } from '../errors';

/** A write whose eTag no longer matches the stored item (another writer was first, or the item is gone). */
export class StorageConflictError extends AppError {
  override name = 'StorageConflictError';
  constructor(readonly key: string) {
    super('storage_conflict', `Storage write conflict: the eTag of key "${key}" does not match the stored item.`, { key });
  }
}

/** Bad database options or migrations: a programming or configuration mistake, found at start-up. */
export class DatabaseSetupError extends AppError {
  override name = 'DatabaseSetupError';
  constructor(message: string, context: Record<string, unknown> = {}) {
    super('database_setup', message, context);
  }
}
