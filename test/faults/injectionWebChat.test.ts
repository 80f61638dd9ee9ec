// Injection in Web Chat (Debian's Chromium): a user's HTML, script and card JSON never run or render as markup.
import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { testContent } from '../helpers/chat';
import { databaseProviders } from '../helpers/database';
import { type RunningApp, startApp } from '../helpers/server';
import { HOSTILE_ABOUT } from './filing';

const CHROMIUM = '/usr/bin/chromium';
const describeWithChromium = existsSync(CHROMIUM) || process.env.CI ? describe : describe.skip;

describeWithChromium('injection in Web Chat', () => {
  let running: RunningApp;
  let browser: Browser;
  let page: Page;
  const nl = testContent().texts.t('nl');
  const bubble = (text: string) => page.locator('.webchat__bubble__content').getByText(text, { exact: true }).last();

  beforeAll(async () => {
    running = await startApp(await databaseProviders()[0].open());
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    page = await browser.newPage();
    await page.goto(`${running.url}/`);
    await bubble(nl('ask.role')).waitFor({ timeout: 30_000 });
    const input = page.locator('[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input').first();
    const send = async (text: string, next: string) => {
      await input.fill(text);
      await input.press('Enter');
      await bubble(next).waitFor({ timeout: 20_000 });
    };
    await send(nl('choice.parent'), nl('ask.situation'));
    await send(HOSTILE_ABOUT, nl('ask.ageChild'));
    await send('9', nl('ask.feedback'));
    await send('iemand spreken', nl('ask.scale'));
    await send('3', nl('ask.postcode'));
    await send('9741 AB', nl('ask.firstName'));
    await send('Sam', nl('ask.contact'));
    await send('sam@example.org', nl('ask.consent'));
    await send('ja', nl('ask.confirm'));
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await running?.app.close();
  });

  it('never runs the script or the onerror handler the user typed, and shows no card built from their JSON', async () => {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.webchat__bubble__content script').count()).toBe(0);
    expect(await page.locator('.ac-adaptiveCard', { hasText: 'nep' }).count()).toBe(0);
    // The user's own bubble shows what they typed, as text.
    expect(await page.locator('.webchat__bubble__content', { hasText: '<script>window.__pwned=1</script>' }).count()).toBeGreaterThan(0);
  });

  // The summary repeats the user's words: their Markdown link, bare address and <img> stay text (dialogs/requestForm/formState.ts).
  it('turns no Markdown link or HTML the user typed into a link or an element', async () => {
    expect(await page.locator('a[href*="evil.example"]').count()).toBe(0);
    expect(await page.locator('.webchat__bubble__content img[src="x"]').count()).toBe(0);
  });
});
