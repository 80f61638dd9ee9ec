// The deployment files, parsed and checked (no Docker engine here): image user, ports, health checks, every setting the app reads.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { environmentVariables } from '../../src/config';
import { projectRoot } from '../../src/projectRoot';

const root = projectRoot();
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

interface Instruction { op: string; args: string }
/** Dockerfile instructions, with line continuations joined and comments dropped; grouped per stage. */
function dockerStages(text: string): Instruction[][] {
  const lines = text.replace(/\\\n/g, ' ').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const stages: Instruction[][] = [];
  for (const line of lines) {
    const [op, ...rest] = line.split(/\s+/);
    if (op.toUpperCase() === 'FROM') stages.push([]);
    stages[stages.length - 1]?.push({ op: op.toUpperCase(), args: rest.join(' ') });
  }
  return stages;
}

describe('deployment/Dockerfile', () => {
  const stages = dockerStages(read('deployment/Dockerfile'));
  const final = stages[stages.length - 1];
  const one = (op: string) => final.filter((i) => i.op === op);

  it('builds in one stage and runs in another, as a non-root user', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(final.some((i) => i.op === 'COPY' && i.args.startsWith('--from=build'))).toBe(true);
    const users = one('USER');
    expect(users.length).toBeGreaterThan(0);
    expect(users[users.length - 1].args).not.toMatch(/^(root|0)(:|$)/);
    // USER comes before the command that starts the app.
    expect(final.findIndex((i) => i.op === 'USER')).toBeLessThan(final.findIndex((i) => i.op === 'CMD'));
    expect(one('RUN').some((i) => /npm ci --omit=dev/.test(i.args))).toBe(true);
  });

  it('exposes the app port, checks /healthz and starts the built entry point', () => {
    expect(one('EXPOSE').map((i) => i.args)).toEqual(['3978']);
    expect(one('ENV').some((i) => /PORT=3978/.test(i.args))).toBe(true);
    const [health] = one('HEALTHCHECK');
    expect(health.args).toMatch(/--interval=\d+s/);
    expect(health.args).toMatch(/\/healthz/);
    expect(one('CMD')[0].args).toContain('dist/src/index.js');
    const build = JSON.parse(read('tsconfig.build.json')) as { include: string[] };
    expect(build.include).toContain('src');
  });

  it('copies only files that exist', () => {
    for (const stage of stages) {
      for (const copy of stage.filter((i) => i.op === 'COPY' && !i.args.startsWith('--from'))) {
        const sources = copy.args.split(/\s+/).slice(0, -1);
        for (const source of sources) expect(existsSync(path.join(root, source))).toBe(true);
      }
    }
  });
});

describe('deployment/compose.yaml', () => {
  const compose = parse(read('deployment/compose.yaml')) as {
    services: Record<string, { environment?: Record<string, string>; healthcheck?: { test: unknown }; ports?: string[]; volumes?: string[]; depends_on?: Record<string, { condition: string }> }>;
    volumes: Record<string, unknown>;
  };

  it('runs the app with PostgreSQL and Redis, each with a health check and a volume', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['app', 'db', 'redis']);
    for (const [name, service] of Object.entries(compose.services)) {
      expect({ name, healthcheck: Boolean(service.healthcheck?.test) }).toEqual({ name, healthcheck: true });
      const volumes = (service.volumes ?? []).map((v) => v.split(':')[0]);
      expect(volumes.length).toBeGreaterThan(0);
      for (const volume of volumes) expect(Object.keys(compose.volumes)).toContain(volume);
    }
    const app = compose.services.app;
    expect(app.depends_on).toEqual({ db: { condition: 'service_healthy' }, redis: { condition: 'service_healthy' } });
    expect(app.ports).toEqual(['3978:3978']);
    expect(app.environment?.PORT).toBe('3978');
    expect(app.environment?.DATABASE_URL).toMatch(/@db:5432\//);
    expect(app.environment?.REDIS_URL).toBe('redis://redis:6379');
    expect(JSON.stringify(app.healthcheck?.test)).toContain('/healthz');
  });

  it('lists every environment variable the app reads, and none it does not', () => {
    const listed = Object.keys(compose.services.app.environment ?? {});
    expect(listed.sort()).toEqual([...environmentVariables()].sort());
  });
});

describe('deployment/azure', () => {
  const bicep = read('deployment/azure/main.bicep');
  const walkThrough = read('deployment/azure/README.md');

  it('has App Service, PostgreSQL and an Azure Bot with the Direct Line and Teams channels', () => {
    for (const type of ['Microsoft.Web/serverfarms@', 'Microsoft.Web/sites@', 'Microsoft.DBforPostgreSQL/flexibleServers@', 'Microsoft.BotService/botServices@']) {
      expect(bicep).toContain(`'${type}`);
    }
    expect(bicep).toMatch(/name: 'DirectLineChannel'/);
    expect(bicep).toMatch(/name: 'MsTeamsChannel'/);
    expect(bicep).toMatch(/healthCheckPath: '\/healthz'/);
    expect(bicep).toMatch(/webSocketsEnabled: true/);
    expect(bicep).toMatch(/endpoint: '\$\{publicUrl\}\/api\/messages'/);
    for (const secret of ['microsoftAppPassword', 'postgresAdminPassword', 'staffApiToken', 'directLineTokenSecret', 'metricsToken']) {
      expect(bicep).toMatch(new RegExp(`@secure\\(\\)\\n(@description\\([^\\n]*\\)\\n)?param ${secret} string`));
    }
  });

  it('sets only settings the app reads (plus App Service its own), including the ones it needs there', () => {
    const names = [...bicep.matchAll(/\{ name: '([A-Za-z_]+)', value:/g)].map((m) => m[1]);
    const appServiceOwn = ['WEBSITES_PORT', 'SCM_DO_BUILD_DURING_DEPLOYMENT'];
    for (const name of names) expect(appServiceOwn.includes(name) || environmentVariables().includes(name)).toBe(true);
    for (const needed of ['PORT', 'PUBLIC_URL', 'DATABASE_URL', 'TRUST_PROXY', 'MicrosoftAppId', 'MicrosoftAppPassword', 'STAFF_API_TOKEN', 'DIRECTLINE_TOKEN_SECRET']) {
      expect(names).toContain(needed);
    }
  });

  it('walks through deploying, Teams and the embed', () => {
    expect(walkThrough).toContain('az deployment group create');
    expect(walkThrough).toContain('npm run teams:package');
    expect(walkThrough).toContain('embed.js');
  });
});

describe('README configuration table', () => {
  it('documents every environment variable the app reads', () => {
    const readme = read('README.md');
    const table = readme.slice(readme.indexOf('## Configuration'));
    const missing = environmentVariables().filter((name) => !table.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });
});
