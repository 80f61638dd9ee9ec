// "Oppakken" on the Teams card goes through the staff claim itself: a known staff member of the team claims it (audited), others are refused.
import type { Activity } from 'botbuilder';
import { databaseProviders } from '../helpers/database';
import { startApp, startMockChannel } from '../helpers/server';
import { draft } from './fixtures';

const CHANNEL = '19:noordwest-general@thread.tacv2';
const BOT = '28:steunwijzer-bot';

describe('Teams "Oppakken" with the staff claim', () => {
  it('claims for the staff member whose Entra id pressed it, refuses a colleague of another team, and audits both', async () => {
    const db = await databaseProviders()[0].open();
    const mock = await startMockChannel();
    const running = await startApp(db, { REGISTRATION_BACKENDS: 'teams', TEAMS_CHANNELS: `wij-noordwest=${CHANNEL}` }, undefined, { delivery: { start: false } });
    try {
      const { accounts } = running.app.staff;
      await accounts.addPerson({ email: 'jan@wij.example', name: 'Jan Jansen', role: 'medewerker', teams: ['wij-noordwest'], externalId: 'aad-jan' });
      await accounts.addPerson({ email: 'zoe@wij.example', name: 'Zoë Zuid', role: 'medewerker', teams: ['wij-zuid'], externalId: 'aad-zoe' });
      const filed = await running.app.requests.file({ ...draft, teamId: 'wij-noordwest' }, 'form-teams-claim');
      const [{ id }] = await db.query<{ id: number }>('SELECT id FROM requests WHERE reference = $1', [filed.reference]);
      const press = (aadObjectId: string, name: string): Partial<Activity> => ({
        type: 'invoke', name: 'adaptiveCard/action', channelId: 'msteams', serviceUrl: mock.serviceUrl, replyToId: 'card-1',
        conversation: { id: `${CHANNEL};messageid=card-1`, conversationType: 'channel', tenantId: 't', isGroup: true, name: '' },
        recipient: { id: BOT, name: 'Steunwijzer' }, from: { id: `29:${aadObjectId}`, aadObjectId, name },
        channelData: { tenant: { id: 't' }, team: { id: CHANNEL }, channel: { id: CHANNEL } },
        value: { action: { type: 'Action.Execute', verb: 'claim', data: { requestId: Number(id) } }, trigger: 'manual' },
      });
      const send = async (activity: Partial<Activity>) => {
        const res = await fetch(`${running.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ id: `a-${Math.random()}`, ...activity }) });
        return { status: res.status, body: JSON.stringify(await res.json()) };
      };

      const refused = await send(press('aad-zoe', 'Zoë Zuid'));
      expect(refused.status).toBe(200);
      expect((await db.query<{ status: string }>('SELECT status FROM requests WHERE id = $1', [id]))[0].status).toBe('new');

      const claimed = await send(press('aad-jan', 'Jan Jansen'));
      expect(claimed.body).toContain('Jan Jansen');
      expect((await db.query<{ status: string }>('SELECT status FROM requests WHERE id = $1', [id]))[0].status).toBe('claimed');

      const audit = await db.query<{ action: string; via: string }>("SELECT action, via FROM audit_log WHERE via = 'teams' ORDER BY id");
      expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['denied', 'claim']));
    } finally {
      await running.app.close();
      await mock.close();
    }
  }, 60_000);
});
