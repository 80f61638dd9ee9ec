// The embed's HTTP side: frame-ancestors names exactly our origin and EMBED_ORIGINS, no CORS headers at all, embed.js carries config.
import { databaseProviders } from '../helpers/database';
import { startApp } from '../helpers/server';

describe('embed headers', () => {
  it('lets only the configured municipal sites frame the chat and sends no CORS headers', async () => {
    const running = await startApp(await databaseProviders()[0].open(), {
      EMBED_ORIGINS: 'https://www.gemeente.example,https://jeugd.gemeente.example', BRAND_COLOR: '#0b6e4f', QUICK_EXIT_URL: 'https://nieuws.example/',
    });
    const plain = await startApp(await databaseProviders()[0].open());
    try {
      const page = await fetch(`${running.url}/?embed=1`, { headers: { Origin: 'https://www.gemeente.example' } });
      expect(page.headers.get('content-security-policy')).toBe("frame-ancestors 'self' https://www.gemeente.example https://jeugd.gemeente.example");
      expect(page.headers.get('x-frame-options')).toBeNull();
      expect(page.headers.get('referrer-policy')).toBe('no-referrer');
      expect(page.headers.get('access-control-allow-origin')).toBeNull();
      const html = await page.text();
      expect(html).toContain('class="sw-embedded"');
      expect(html).toContain('data-url="https://nieuws.example/"');

      const script = await fetch(`${running.url}/embed.js`, { headers: { Origin: 'https://www.gemeente.example' } });
      expect(script.headers.get('content-type')).toMatch(/^application\/javascript/);
      expect(script.headers.get('access-control-allow-origin')).toBeNull();
      const source = await script.text();
      expect(source).toContain('"color":"#0b6e4f"');
      expect(source).toContain('"quickExitUrl":"https://nieuws.example/"');
      expect(source).not.toContain('__STEUNWIJZER_SETTINGS__');

      const own = await fetch(`${plain.url}/`);
      expect(own.headers.get('content-security-policy')).toBe("frame-ancestors 'self'");
      expect(own.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      const preflight = await fetch(`${running.url}/v3/directline/tokens/generate`, { method: 'OPTIONS', headers: { Origin: 'https://www.gemeente.example' } });
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await running.app.close();
      await plain.app.close();
    }
  });

  it('refuses an EMBED_ORIGINS entry that is not an origin, naming the variable', async () => {
    const { loadConfig } = await import('../../src/config');
    expect(() => loadConfig({ EMBED_ORIGINS: 'https://www.gemeente.example/chat' })).toThrow(/EMBED_ORIGINS/);
  });
});
