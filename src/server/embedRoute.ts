// GET /embed.js: the one-tag embed for municipal websites, with its texts, colour and quick-exit address filled in from config.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Server } from 'restify';
import type { ChannelsConfig } from '../channelsConfig';
import type { Logger } from '../logger';
import { LANGUAGES, type Texts } from '../texts/loadTexts';
import { handle } from './handle';

export function renderEmbedScript(source: string, texts: Texts, channels: Pick<ChannelsConfig, 'brand' | 'quickExitUrl'>): string {
  const settings = {
    color: channels.brand.color,
    quickExitUrl: channels.quickExitUrl,
    texts: Object.fromEntries(
      LANGUAGES.map((language) => {
        const t = texts.t(language);
        const name = channels.brand.name ?? t('page.heading');
        return [language, { open: t('webchat:embed.open', { name }), close: t('webchat:embed.close'), frameTitle: t('webchat:embed.frameTitle', { name }) }];
      }),
    ),
  };
  // JSON in a script: escape "<" so no text can close the script element.
  return source.replace('__STEUNWIJZER_SETTINGS__', JSON.stringify(settings).replace(/</g, '\\u003c'));
}

export function addEmbedRoute(server: Server, deps: { root: string; texts: Texts; channels: Pick<ChannelsConfig, 'brand' | 'quickExitUrl'> }, logger: Logger): void {
  const body = renderEmbedScript(readFileSync(path.join(deps.root, 'public', 'embed.js'), 'utf8'), deps.texts, deps.channels);
  // A classic <script src> needs no CORS header; the chat itself runs in our own frame (see frameHeaders).
  server.get('/embed.js', handle(logger, async (_req, res) => {
    res.writeHead(200, {
      'Content-Type': 'application/javascript; charset=utf-8', 'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'public, max-age=300', 'X-Content-Type-Options': 'nosniff',
    });
    res.end(body);
  }));
}
