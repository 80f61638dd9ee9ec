// The metrics wrappers: a failed statement or transaction is counted by operation; unknown channel ids get one label.
import { createMetrics } from '../../src/metrics';
import { measureDatabase } from '../../src/operations/measuredDatabase';
import { channelLabel } from '../../src/operations/measuredTurn';
import { databaseProviders } from '../helpers/database';

describe('metrics wrappers', () => {
  it('counts database errors by operation and passes results through unchanged', async () => {
    const metrics = createMetrics();
    const db = measureDatabase(await databaseProviders()[0].open(), metrics);
    try {
      expect(await db.query<{ n: number }>('SELECT 1 AS n')).toEqual([{ n: 1 }]);
      await expect(db.query('SELECT * FROM no_such_table')).rejects.toThrow();
      await expect(db.transaction(async (tx) => tx.query('SELECT broken FROM'))).rejects.toThrow();
      const text = await metrics.registry.metrics();
      expect(text).toContain('steunwijzer_database_errors_total{operation="query"} 2');
      expect(text).toContain('steunwijzer_database_errors_total{operation="transaction"} 1');
      expect(db.kind).toBe('pglite');
    } finally {
      await db.close();
    }
  });

  it('labels known channels by name and anything else as "other"', () => {
    expect(channelLabel('msteams')).toBe('msteams');
    expect(channelLabel('directline')).toBe('directline');
    expect(channelLabel('my-own-channel-0612345678')).toBe('other');
    expect(channelLabel(undefined)).toBe('other');
  });
});
