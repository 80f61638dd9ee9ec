// The web chat page in Debian's Chromium: Web Chat loads from our server, talks to the bot over the local Direct Line, buttons and typing work.
import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { testContent } from '../helpers/chat';
import { databaseProviders } from '../helpers/database';
import { type RunningApp, startApp } from '../helpers/server';

const CHROMIUM = '/usr/bin/chromium';
const describeWithChromium = existsSync(CHROMIUM) || process.env.CI ? describe : describe.skip;

describeWithChromium('web chat page in Chromium', () => {
  let running: RunningApp;
  let browser: Browser;
  let page: Page;
  const nl = testContent().texts.t('nl');

  beforeAll(async () => {
    running = await startApp(await databaseProviders()[0].open());
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await running?.app.close();
  });
  beforeEach(async () => {
    page = await browser.newPage();
  });
  afterEach(() => page.close());

  /** A chat bubble with exactly this text (Web Chat also mirrors text in a screen-reader region, which we skip). */
  const suggested = (label: string) => page.locator('.webchat__suggested-actions__button', { hasText: label });
  const bubble = (text: string) => page.locator('.webchat__bubble__content').getByText(text, { exact: true }).last();

  it('greets, takes a button and a typed message, and shows advice cards', async () => {
    await page.goto(`${running.url}/`);
    await bubble(nl('ask.role')).waitFor({ timeout: 20_000 });
    await suggested(nl('choice.parent')).click();
    await bubble(nl('ask.situation')).waitFor();

    const input = page.locator('[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input').first();
    await input.fill('Mijn dochter van 9 wordt gepest op school');
    await input.press('Enter');
    await bubble(nl('ask.feedback')).waitFor({ timeout: 20_000 });
    await expect(bubble(nl('advice.offeringsTitle')).count()).resolves.toBe(1);
    expect(await page.locator('.ac-adaptiveCard, .webchat__carousel-filmstrip').count()).toBeGreaterThan(0);
    expect(await input.getAttribute('placeholder')).toBe(nl('page.inputPlaceholder'));
    const order = await page.locator('.webchat__bubble__content').allInnerTexts();
    // A bot message may end with the question after the other texts of its turn.
    const at = (text: string) => order.findIndex((bubbleText) => bubbleText.trim().endsWith(text));
    expect(at(nl('ask.feedback'))).toBeGreaterThan(-1);
    expect(at('Mijn dochter van 9 wordt gepest op school')).toBeLessThan(at(nl('ask.feedback')));
    if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/webchat.png`, fullPage: true });
  });

  it('keeps the conversation when the page is reloaded', async () => {
    await page.goto(`${running.url}/`);
    await bubble(nl('ask.role')).waitFor({ timeout: 20_000 });
    await suggested(nl('choice.young')).click();
    await bubble(nl('ask.situation')).waitFor();
    await page.reload();
    await bubble(nl('ask.situation')).waitFor({ timeout: 20_000 });
    expect(await page.locator('.webchat__bubble__content', { hasText: nl('greeting.intro') }).count()).toBe(1);
  });

  it('shows the page in English with ?lang=en', async () => {
    await page.goto(`${running.url}/?lang=en`);
    const en = testContent().texts.t('en');
    await expect(page.title()).resolves.toBe(en('page.title'));
  });
});
