// The Teams app package: manifest filled in from config, valid against the Teams 1.17 schema, personal and team scopes, icons, zip.
import path from 'node:path';
import { unzipSync } from 'fflate';
import { loadConfig } from '../../src/config';
import { projectRoot } from '../../src/projectRoot';
import { buildTeamsPackage, manifestProblems } from '../../src/channels/teams/teamsPackage';

const teamsDir = path.join(projectRoot(), 'deployment', 'teams');
const APP_ID = '9f0c2a8e-3c1d-4f4a-9a59-5a1c1f3d2b10';
const config = loadConfig({
  MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret', PUBLIC_URL: 'https://chat.gemeente.example',
  BRAND_NAME: 'Jeugdchat Groningen', BRAND_COLOR: '#0b6e4f',
});

describe('Teams app package', () => {
  it('builds a zip whose manifest comes from config and passes the schema', () => {
    const { zip } = buildTeamsPackage(teamsDir, config);
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(Buffer.from(files['manifest.json']).toString('utf8'));
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0].botId).toBe(APP_ID);
    expect(manifest.bots[0].scopes).toEqual(['personal', 'team']);
    expect(manifest.name.short).toBe('Jeugdchat Groningen');
    expect(manifest.accentColor).toBe('#0b6e4f');
    expect(manifest.validDomains).toEqual(['chat.gemeente.example']);
    expect(manifest.bots[0].supportsFiles).toBe(false);
    expect(manifestProblems(manifest)).toEqual([]);
  });

  it('refuses a manifest the schema rejects, naming the field', () => {
    const { manifest } = buildTeamsPackage(teamsDir, config);
    const broken = { ...manifest, accentColor: 'green', bots: [{ ...(manifest.bots as object[])[0], scopes: ['everywhere'] }] };
    const problems = manifestProblems(broken);
    expect(problems.join('\n')).toMatch(/\/accentColor/);
    expect(problems.join('\n')).toMatch(/\/bots\/0\/scopes\/0/);
  });

  it('names the missing setting when the app id or public address is not set', () => {
    expect(() => buildTeamsPackage(teamsDir, loadConfig({ PUBLIC_URL: 'https://chat.gemeente.example' }))).toThrow(/MicrosoftAppId/);
    expect(() => buildTeamsPackage(teamsDir, loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x' }))).toThrow(/PUBLIC_URL/);
  });
});
