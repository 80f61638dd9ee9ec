// The one-tag embed on a municipal page of another origin, in Chromium: opens the chat, quick exit clears and leaves, inline mode, axe.
import type { Browser, Frame, Page } from 'playwright-core';
import { testContent } from '../helpers/chat';
import { databaseProviders } from '../helpers/database';
import { axeViolations, describeWithChromium, launchChromium, type OtherOrigin, startOtherOrigin } from '../helpers/browser';
import { type RunningApp, startApp } from '../helpers/server';

const nl = testContent().texts.t('nl');
const hostPage = (appUrl: string, extra = '') =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Gemeente Groningen</title></head>
   <body><header><h1>Gemeente Groningen</h1></header><main><p>Welkom op onze website.</p>${extra}</main>
   <script src="${appUrl}/embed.js" data-lang="nl" ${extra ? 'data-container="chat"' : ''} async></script></body></html>`;

describeWithChromium('embed on another origin in Chromium', () => {
  let running: RunningApp;
  let site: OtherOrigin;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    site = await startOtherOrigin();
    running = await startApp(await databaseProviders()[0].open(), { EMBED_ORIGINS: site.origin, QUICK_EXIT_URL: `${site.origin}/neutral` });
    site.setPage('/', hostPage(running.url));
    site.setPage('/inline', hostPage(running.url, '<div id="chat" style="height:36rem"></div>'));
    site.setPage('/start', '<!doctype html><html lang="nl"><title>Start</title><h1>Start</h1></html>');
    site.setPage('/neutral', '<!doctype html><html lang="nl"><title>Nieuws</title><h1>Nieuws</h1></html>');
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await running?.app.close();
    await site?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage();
  });
  afterEach(() => page.close());

  const chatFrame = async (): Promise<Frame> => {
    const handle = await page.waitForSelector('iframe[src*="embed=1"]');
    const frame = await handle.contentFrame();
    if (!frame) throw new Error('no chat frame');
    // The frame exists before its page is loaded; until then its URL is empty.
    await frame.waitForURL(/embed=1/);
    return frame;
  };
  const bubble = (frame: Frame, text: string) => frame.locator('.webchat__bubble__content').getByText(text, { exact: true }).last();

  it('opens the chat from a button, chats, and has no axe violations on the page or in the open chat', async () => {
    await page.goto(`${site.origin}/`);
    const button = page.getByRole('button', { name: nl('webchat:embed.open', { name: 'Steunwijzer' }) });
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const frame = await chatFrame();
    expect(new URL(frame.url()).origin).toBe(new URL(running.url).origin);
    await bubble(frame, nl('ask.role')).waitFor({ timeout: 20_000 });
    await frame.locator('.webchat__suggested-actions__button', { hasText: nl('choice.parent') }).click();
    await bubble(frame, nl('ask.situation')).waitFor({ timeout: 20_000 });
    expect(await frame.locator('.sw-helpline a').count()).toBe(4);

    expect(await axeViolations(frame)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  }, 60_000);

  it('Esc twice on the host page clears the chat and replaces the page: Back does not return, the next chat is new', async () => {
    await page.goto(`${site.origin}/start`);
    await page.goto(`${site.origin}/`);
    await page.getByRole('button', { name: nl('webchat:embed.open', { name: 'Steunwijzer' }) }).click();
    let frame = await chatFrame();
    await bubble(frame, nl('ask.role')).waitFor({ timeout: 20_000 });
    await frame.locator('.webchat__send-box-text-box__input').fill('jongere');
    await frame.locator('.webchat__send-box-text-box__input').press('Enter');
    await bubble(frame, nl('ask.situation')).waitFor({ timeout: 20_000 });
    await page.locator('h1').click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL(`${site.origin}/neutral`);
    await page.goBack();
    expect(page.url()).toBe(`${site.origin}/start`);

    await page.goto(`${site.origin}/`);
    await page.getByRole('button', { name: nl('webchat:embed.open', { name: 'Steunwijzer' }) }).click();
    frame = await chatFrame();
    await bubble(frame, nl('ask.role')).waitFor({ timeout: 20_000 });
    expect(await frame.locator('.webchat__bubble__content', { hasText: 'jongere' }).count()).toBe(0);
  });

  it('"Snel weg" inside the chat replaces the host page', async () => {
    await page.goto(`${site.origin}/start`);
    await page.goto(`${site.origin}/`);
    await page.getByRole('button', { name: nl('webchat:embed.open', { name: 'Steunwijzer' }) }).click();
    const frame = await chatFrame();
    await bubble(frame, nl('ask.role')).waitFor({ timeout: 20_000 });
    await frame.getByRole('button', { name: nl('webchat:quickExit.button') }).click();
    await page.waitForURL(`${site.origin}/neutral`);
    await page.goBack();
    expect(page.url()).toBe(`${site.origin}/start`);
  });

  it('fills a container inline when the tag names one', async () => {
    await page.goto(`${site.origin}/inline`);
    const frame = await chatFrame();
    await bubble(frame, nl('ask.role')).waitFor({ timeout: 20_000 });
    expect(await page.locator('#chat iframe').count()).toBe(1);
    expect(await page.locator('.steunwijzer-embed__button').count()).toBe(0);
  });
});
