// The database budget of one turn: a message costs few round trips, so PGlite's per-statement cost stays small.
import { countTurnQueries } from '../../../bench/queries';
import { databaseProviders } from '../../helpers/database';

describe('database round trips per message turn', () => {
  it('stays within the budget on /api/messages and on the local Direct Line', async () => {
    const [messages, directLine] = await countTurnQueries(await databaseProviders()[0].open());
    // Write what changed (no transaction for a single key); on PGlite the state this process wrote last is read from
    // its cache (without it: one statement for user and conversation state together).
    expect(messages.transactions).toBe(0);
    expect(messages.roundTrips).toBeLessThanOrEqual(1.5);
    // Plus the user's activity, each reply (one statement each) and fetching the replies.
    expect(directLine.transactions).toBe(0);
    expect(directLine.roundTrips).toBeLessThanOrEqual(8);
  });
});
