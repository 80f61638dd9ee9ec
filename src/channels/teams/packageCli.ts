// `npm run teams:package`: writes dist/teams/steunwijzer-teams.zip from the environment (MicrosoftAppId, PUBLIC_URL, BRAND_*).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../config';
import { projectRoot } from '../../projectRoot';
import { buildTeamsPackage } from './teamsPackage';

try {
  const root = projectRoot();
  const { zip } = buildTeamsPackage(path.join(root, 'deployment', 'teams'), loadConfig());
  const out = path.join(root, 'dist', 'teams', 'steunwijzer-teams.zip');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, zip);
  process.stdout.write(`Teams app package written to ${out}; upload it in Teams (Apps → Manage your apps → Upload an app).\n`);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
