// The accounts page for the beheerder: list, add a person, disable; every change audited.
import type { Server } from 'restify';
import { z } from 'zod';
import { AppError, HttpError } from '../errors';
import type { Logger } from '../logger';
import { isAdmin, ROLES, type StaffActor } from '../staff/actor';
import { accountsPage } from '../staff/pages/accountsPage';
import { knownTeam, parseWith } from './staffInput';
import { page, redirect, sendHtml } from './staffPageSupport';
import type { StaffRouteDeps } from './staffRoutes';

const addForm = z.strictObject({
  name: z.string().trim().min(1).max(100),
  email: z.email().max(200),
  role: z.enum(ROLES),
  team: z.union([z.string(), z.array(z.string())]).transform((v) => (Array.isArray(v) ? v : [v])),
  password: z.string().min(12).max(500),
});

export function addStaffAccountRoutes(server: Server, deps: StaffRouteDeps, logger: Logger): void {
  const { accounts, audit } = deps.services;
  const adminOnly = (actor: StaffActor) => {
    if (!isAdmin(actor)) throw new HttpError(403, 'forbidden', 'only a beheerder may do this');
  };
  const teamIds = () => deps.catalogue().teams().map((t) => t.id);

  server.get('/staff/accounts', page(deps, logger, async (req, res, p) => {
    adminOnly(p.session.actor);
    const done = String((req.query as Record<string, unknown> | undefined)?.done ?? '');
    const message = ['added', 'disabled'].includes(done) ? p.ctx.t(`staff:accounts.${done}Done`) : undefined;
    sendHtml(res, 200, accountsPage(p.ctx, { accounts: await accounts.list(), teams: deps.catalogue().teams(), retentionDays: deps.retentionDays, message }));
  }));

  server.post('/staff/accounts', page(deps, logger, async (_req, res, p) => {
    adminOnly(p.session.actor);
    const form = parseWith(addForm, p.form, 'body_invalid');
    for (const team of form.team) knownTeam(team, teamIds());
    try {
      const added = await accounts.addPerson({ email: form.email, name: form.name, role: form.role, teams: form.team, password: form.password });
      await audit.write({ actorId: p.session.actor.id, actor: p.session.actor.name, ...p.origin, action: 'account_add', detail: { account: added.id, role: added.role } });
    } catch (error) {
      if (error instanceof AppError && error.code === 'account_exists') throw new HttpError(400, 'body_invalid', 'email: an account with this address exists already');
      throw error;
    }
    redirect(res, '/staff/accounts?done=added');
  }));

  server.post('/staff/accounts/disable', page(deps, logger, async (_req, res, p) => {
    adminOnly(p.session.actor);
    const { email } = parseWith(z.object({ email: z.string().min(1).max(200) }), p.form, 'body_invalid');
    if (!(await accounts.disable(email))) throw new HttpError(404, 'not_found', 'no such active account');
    await audit.write({ actorId: p.session.actor.id, actor: p.session.actor.name, ...p.origin, action: 'account_disable' });
    redirect(res, '/staff/accounts?done=disabled');
  }));
}
