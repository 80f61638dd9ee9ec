// The web chat page: our HTML with texts from locales/, Web Chat's prebuilt bundle from node_modules, our small start script.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Server } from 'restify';
import type { Texts } from '../texts/loadTexts';
import type { Language } from '../understanding/types';
import type { Logger } from '../logger';
import { handle } from './handle';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Web Chat's prebuilt browser bundle; its package exports only the library entry, so we go from there. */
function webChatBundle(): string {
  return path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
}

export function renderPage(template: string, texts: Texts, language: Language): string {
  const t = texts.t(language);
  return template.replace(/\{\{([a-zA-Z.]+)\}\}/g, (_m, key: string) => escapeHtml(key === 'lang' ? language : t(key)));
}

export function addWebChatRoutes(server: Server, deps: { root: string; texts: Texts; defaultLanguage: Language }, logger: Logger): void {
  const publicDir = path.join(deps.root, 'public');
  const template = readFileSync(path.join(publicDir, 'index.html'), 'utf8');
  const assets: Record<string, { file: string; type: string; maxAge: number }> = {
    'webchat.js': { file: webChatBundle(), type: 'application/javascript', maxAge: 86400 },
    'app.js': { file: path.join(publicDir, 'app.js'), type: 'application/javascript', maxAge: 300 },
    'app.css': { file: path.join(publicDir, 'app.css'), type: 'text/css', maxAge: 300 },
  };
  const cache = new Map<string, Buffer>();

  server.get('/', handle(logger, async (req, res) => {
    const language: Language = req.query?.lang === 'en' ? 'en' : req.query?.lang === 'nl' ? 'nl' : deps.defaultLanguage;
    const body = renderPage(template, deps.texts, language);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-cache' });
    res.end(body);
  }));

  server.get('/webchat/:asset', handle(logger, async (req, res) => {
    const asset = assets[req.params.asset as string];
    if (!asset) {
      res.send(404, { error: { code: 'not_found', message: 'no such file' } });
      return;
    }
    const body = cache.get(asset.file) ?? readFileSync(asset.file);
    cache.set(asset.file, body);
    res.writeHead(200, { 'Content-Type': `${asset.type}; charset=utf-8`, 'Content-Length': body.length, 'Cache-Control': `public, max-age=${asset.maxAge}` });
    res.end(body);
  }));
}
