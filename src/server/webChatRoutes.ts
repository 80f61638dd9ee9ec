// The web chat page and its files: our HTML with texts from locales/, Web Chat's prebuilt bundle from node_modules, our scripts.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Server } from 'restify';
import { helpLine } from '../channels/helpLine';
import type { Helplines } from '../bot/helplines';
import type { ChannelsConfig } from '../channelsConfig';
import type { Texts } from '../texts/loadTexts';
import type { Language } from '../understanding/types';
import type { Logger } from '../logger';
import { addEmbedRoute } from './embedRoute';
import { handle } from './handle';
import { renderPage } from './webChatPage';

/** Web Chat's prebuilt browser bundle; its package exports only the library entry, so we go from there. */
function webChatBundle(): string {
  return path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
}

export interface WebChatDeps {
  root: string;
  texts: Texts;
  defaultLanguage: Language;
  helplines: Helplines;
  channels: Pick<ChannelsConfig, 'brand' | 'quickExitUrl' | 'embedOrigins'>;
}

/** Who may show the page in a frame: ourselves and the municipal sites listed in EMBED_ORIGINS, nobody else. */
export function frameHeaders(embedOrigins: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Security-Policy': `frame-ancestors 'self'${embedOrigins.map((o) => ` ${o}`).join('')}`,
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
  };
  // X-Frame-Options cannot list other origins; browsers that know frame-ancestors ignore it anyway.
  if (!embedOrigins.length) headers['X-Frame-Options'] = 'SAMEORIGIN';
  return headers;
}

export const pageLanguage = (lang: unknown, fallback: Language): Language => (lang === 'en' ? 'en' : lang === 'nl' ? 'nl' : fallback);

export function addWebChatRoutes(server: Server, deps: WebChatDeps, logger: Logger): void {
  const publicDir = path.join(deps.root, 'public');
  const template = readFileSync(path.join(publicDir, 'index.html'), 'utf8');
  // Files are streamed from disk, not kept in memory (Web Chat's bundle alone is 4 MB); browsers cache them.
  const assets: Record<string, { file: string; type: string; maxAge: number }> = {
    'webchat.js': { file: webChatBundle(), type: 'application/javascript', maxAge: 86400 },
    'app.js': { file: path.join(publicDir, 'app.js'), type: 'application/javascript', maxAge: 300 },
    'app.css': { file: path.join(publicDir, 'app.css'), type: 'text/css', maxAge: 300 },
  };

  server.get('/', handle(logger, async (req, res) => {
    const language = pageLanguage(req.query?.lang, deps.defaultLanguage);
    const body = renderPage(template, deps.texts, {
      language,
      brand: { ...deps.channels.brand, name: deps.channels.brand.name ?? deps.texts.t(language)('page.heading') },
      quickExitUrl: deps.channels.quickExitUrl,
      helpLine: helpLine(deps.helplines, language),
      embedded: req.query?.embed === '1',
    });
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store',
      ...frameHeaders(deps.channels.embedOrigins),
    });
    res.end(body);
  }));

  addEmbedRoute(server, { root: deps.root, texts: deps.texts, channels: deps.channels }, logger);

  server.get('/webchat/:asset', handle(logger, async (req, res) => {
    const asset = assets[req.params.asset as string];
    if (!asset) {
      res.send(404, { error: { code: 'not_found', message: 'no such file' } });
      return;
    }
    res.writeHead(200, {
      'Content-Type': `${asset.type}; charset=utf-8`, 'Content-Length': statSync(asset.file).size,
      'Cache-Control': `public, max-age=${asset.maxAge}`, 'X-Content-Type-Options': 'nosniff',
    });
    await new Promise<void>((resolve, reject) => {
      createReadStream(asset.file).on('error', reject).on('end', resolve).pipe(res);
    });
  }));
}
