// All staff routes: the API under /api/staff/ and the pages under /staff/; one deps object for every staff route file.
import type { Server } from 'restify';
import type { CatalogueReader } from '../catalogue/types';
import type { Logger } from '../logger';
import type { RequestRepository } from '../requests/requestRepository';
import type { StaffNav } from '../staff/pages/nav';
import type { StaffServices } from '../staff/staffServices';
import type { Texts } from '../texts/loadTexts';
import type { Metrics } from '../metrics';
import type { OidcSignIn } from '../staff/oidc';
import { addStaffAccountRoutes } from './staffAccountRoutes';
import { addStaffApiRoutes } from './staffApiRoutes';
import { addStaffAuditRoutes } from './staffAuditRoutes';
import { addStaffOidcRoutes } from './staffOidcRoutes';
import { addStaffPageRoutes } from './staffPageRoutes';
import { addStaffSignInRoutes } from './staffSignInRoutes';

export interface StaffHttpDeps {
  services: StaffServices;
  /** Trust X-Forwarded-Proto/-For from a proxy in front (TRUST_PROXY=true). */
  trustProxy: boolean;
  /** The pages' navigation; other route files add entries (e.g. "Bezorging"). */
  nav: StaffNav;
  sessionHours: number;
  /** REQUEST_RETENTION_DAYS, shown to the beheerder. */
  retentionDays: number;
  clock: () => Date;
  /** Single sign-on, when OIDC_* is configured. */
  oidc?: OidcSignIn;
  metrics?: Pick<Metrics, 'rateLimited'>;
}

export interface StaffRouteDeps extends StaffHttpDeps {
  requests: RequestRepository;
  catalogue: () => CatalogueReader;
  texts: Texts;
}

export function addStaffRoutes(server: Server, deps: StaffRouteDeps, logger: Logger): void {
  addStaffApiRoutes(server, deps, logger);
  addStaffSignInRoutes(server, deps, logger);
  addStaffOidcRoutes(server, deps, logger);
  addStaffPageRoutes(server, deps, logger);
  addStaffAuditRoutes(server, deps, logger);
  addStaffAccountRoutes(server, deps, logger);
}
