// Builds the Teams app package (manifest.json + icons in a zip) from config and checks it against the Teams manifest schema.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { zipSync } from 'fflate';
import type { Config } from '../../config';
import { AppError } from '../../errors';

const SCHEMA = '@microsoft/app-manifest/build/json-schemas/teams/v1.17/MicrosoftTeams.schema.json';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ICONS = { 'color.png': 192, 'outline.png': 32 } as const;

export interface TeamsPackage {
  manifest: Record<string, unknown>;
  zip: Uint8Array;
}

/** The manifest filled in from config: app id (MicrosoftAppId), name, accent colour, and our public host as valid domain. */
export function teamsManifest(template: string, config: Pick<Config, 'microsoftApp' | 'publicUrl' | 'channels'>): Record<string, unknown> {
  const appId = config.microsoftApp.id;
  if (!appId || !GUID.test(appId)) throw new AppError('teams_config', 'MicrosoftAppId: must be the Azure Bot app id (a GUID) to build the Teams package');
  if (!config.publicUrl) throw new AppError('teams_config', 'PUBLIC_URL: must be set (https://…) to build the Teams package');
  const values: Record<string, string> = { appId, shortName: config.channels.brand.name ?? 'Steunwijzer', accentColor: config.channels.brand.color };
  const filled = template.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => JSON.stringify(values[key] ?? '').slice(1, -1));
  const manifest = JSON.parse(filled) as Record<string, unknown>;
  manifest.validDomains = [new URL(config.publicUrl).host];
  return manifest;
}

/** Schema problems as "field: why" lines (empty when valid). */
export function manifestProblems(manifest: unknown): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(require.resolve(SCHEMA), 'utf8')) as object);
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(manifest)'}: ${e.message ?? 'invalid'}`);
}

/** Width and height from a PNG header. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.subarray(1, 4).toString('ascii') !== 'PNG') throw new AppError('teams_icon', 'not a PNG file');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

export function buildTeamsPackage(teamsDir: string, config: Pick<Config, 'microsoftApp' | 'publicUrl' | 'channels'>): TeamsPackage {
  const manifest = teamsManifest(readFileSync(path.join(teamsDir, 'manifest.json'), 'utf8'), config);
  const problems = manifestProblems(manifest);
  const files: Record<string, Uint8Array> = { 'manifest.json': Buffer.from(JSON.stringify(manifest, null, 2)) };
  for (const [name, size] of Object.entries(ICONS)) {
    const png = readFileSync(path.join(teamsDir, name));
    const { width, height } = pngSize(png);
    if (width !== size || height !== size) problems.push(`${name}: must be ${size}×${size} pixels, is ${width}×${height}`);
    files[name] = png;
  }
  if (problems.length) throw new AppError('teams_manifest_invalid', `deployment/teams/manifest.json:\n  ${problems.join('\n  ')}`);
  return { manifest, zip: zipSync(files) };
}
