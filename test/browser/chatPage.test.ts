// The chat page in Chromium: help line in sight, typing and buttons, screen-reader live region and focus, keyboard only, quick exit, phone size, axe.
import type { Browser, Page } from 'playwright-core';
import { testContent } from '../helpers/chat';
import { databaseProviders } from '../helpers/database';
import { axeViolations, describeWithChromium, launchChromium, type OtherOrigin, startOtherOrigin } from '../helpers/browser';
import { type RunningApp, startApp } from '../helpers/server';

const nl = testContent().texts.t('nl');

describeWithChromium('chat page in Chromium', () => {
  let running: RunningApp;
  let other: OtherOrigin;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    other = await startOtherOrigin();
    other.setPage('/neutral', '<!doctype html><html lang="nl"><title>Gemeente</title><h1>Gemeente</h1></html>');
    other.setPage('/start', '<!doctype html><html lang="nl"><title>Start</title><h1>Start</h1></html>');
    running = await startApp(await databaseProviders()[0].open(), { QUICK_EXIT_URL: `${other.origin}/neutral` });
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await running?.app.close();
    await other?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage();
  });
  afterEach(() => page.close());

  const input = () => page.locator('.webchat__send-box-text-box__input');
  const bubble = (text: string) => page.locator('.webchat__bubble__content').getByText(text, { exact: true }).last();
  const focused = () => page.evaluate(() => document.activeElement?.className ?? '');

  it('shows the help line with tel: links right above the send box, and typing while the bot works', async () => {
    await page.addInitScript(() => {
      (window as unknown as { typingSeen: boolean }).typingSeen = false;
      new MutationObserver(() => {
        if (document.querySelector('.webchat__typing-indicator')) (window as unknown as { typingSeen: boolean }).typingSeen = true;
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${running.url}/`);
    await bubble(nl('ask.role')).waitFor({ timeout: 20_000 });
    const links = await page.locator('.sw-helpline a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links).toEqual([['112', 'tel:112'], ['113', 'tel:08000113'], ['Kindertelefoon', 'tel:08000432'], ['Veilig Thuis', 'tel:08002000']]);
    const helpLineIsJustAboveSendBox = await page.evaluate(() => document.querySelector('.webchat__send-box')?.previousElementSibling?.className);
    expect(helpLineIsJustAboveSendBox).toBe('sw-helpline');

    await page.locator('.webchat__suggested-actions__button', { hasText: nl('choice.parent') }).click();
    await bubble(nl('ask.situation')).waitFor();
    expect(await page.evaluate(() => (window as unknown as { typingSeen: boolean }).typingSeen)).toBe(true);
    // After many messages the help line is still there, still above the send box.
    await input().fill('Mijn zoon van 9 wordt gepest op school');
    await input().press('Enter');
    await bubble(nl('ask.feedback')).waitFor({ timeout: 20_000 });
    expect(await page.locator('.sw-helpline').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.querySelector('.webchat__send-box')?.previousElementSibling?.className)).toBe('sw-helpline');
  });

  it('lets a screen reader hear each new bot message once, with focus kept in the send box', async () => {
    await page.addInitScript(() => {
      // What a screen reader announces: text added to the polite live region, collected per turn.
      const w = window as unknown as { announced: string[] };
      w.announced = [];
      new MutationObserver((records) => {
        for (const r of records) {
          const region = (r.target as Element).closest?.('.webchat__live-region-transcript');
          if (!region) continue;
          r.addedNodes.forEach((n) => n.textContent && w.announced.push(n.textContent));
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${running.url}/`);
    await bubble(nl('ask.role')).waitFor({ timeout: 20_000 });
    const take = () => page.evaluate(() => {
      const w = window as unknown as { announced: string[] };
      return w.announced.splice(0);
    });
    await take();
    expect(await focused()).toContain('webchat__send-box-text-box__input');

    const turns: Array<[string, string]> = [['ouder', nl('ask.situation')], ['mijn zoon van 9 wordt gepest', nl('ask.feedback')]];
    for (const [say, reply] of turns) {
      await page.keyboard.type(say);
      await page.keyboard.press('Enter');
      await bubble(reply).waitFor({ timeout: 20_000 });
      await page.waitForTimeout(300);
      const announced = await take();
      const mentions = announced.filter((text) => text.includes(reply));
      expect(mentions).toHaveLength(1);
      // Nothing said before is read again.
      expect(announced.some((text) => text.includes(nl('ask.role')))).toBe(false);
      expect(await focused()).toContain('webchat__send-box-text-box__input');
    }
  });

  it('works with the keyboard only, and "Wis dit gesprek" starts afresh', async () => {
    await page.goto(`${running.url}/`);
    await bubble(nl('ask.role')).waitFor({ timeout: 20_000 });
    await page.keyboard.type('jongere');
    await page.keyboard.press('Enter');
    await bubble(nl('ask.situation')).waitFor({ timeout: 20_000 });
    const first = await page.evaluate(() => JSON.parse(sessionStorage.getItem('steunwijzer.session') ?? '{}') as { conversationId: string; token: string });
    const firstConversation = first.conversationId;
    // Tab from the send box until "Wis dit gesprek" has the focus, then press Enter.
    for (let i = 0; i < 30 && !(await focused()).includes('sw-forget'); i += 1) await page.keyboard.press('Tab');
    expect(await focused()).toContain('sw-forget');
    await page.keyboard.press('Enter');
    await page.waitForFunction((old) => {
      const session = JSON.parse(sessionStorage.getItem('steunwijzer.session') ?? '{}');
      return session.conversationId && session.conversationId !== old;
    }, firstConversation, { timeout: 20_000 });
    await bubble(nl('ask.role')).waitFor({ timeout: 20_000 });
    expect(await page.locator('.webchat__bubble__content', { hasText: 'jongere' }).count()).toBe(0);
    // The old conversation's messages are gone on the server too: only the bot's "forgotten" reply is left.
    const res = await fetch(`${running.url}/v3/directline/conversations/${firstConversation}/activities`, { headers: { Authorization: `Bearer ${first.token}` } });
    const { activities } = (await res.json()) as { activities: Array<{ type: string; text?: string }> };
    expect(activities.filter((x) => x.type === 'message').map((x) => x.text)).toEqual([nl('privacy.forgotten')]);
  });

  it('leaves at once with "Snel weg" or Esc twice: no way Back, nothing stored', async () => {
    for (const how of ['button', 'escape'] as const) {
      await page.goto(`${other.origin}/start`);
      await page.goto(`${running.url}/`);
      await bubble(nl('ask.role')).waitFor({ timeout: 20_000 });
      expect(await page.evaluate(() => sessionStorage.length)).toBe(1);
      if (how === 'button') await page.getByRole('button', { name: nl('webchat:quickExit.button') }).click();
      else {
        await page.keyboard.press('Escape');
        await page.keyboard.press('Escape');
      }
      await page.waitForURL(`${other.origin}/neutral`);
      await page.goBack();
      expect(page.url()).toBe(`${other.origin}/start`);
      await page.goto(`${running.url}/healthz`);
      expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    }
  });

  it('has tappable tel: links and buttons on a phone-sized screen', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const small = await phone.newPage();
    try {
      await small.goto(`${running.url}/`);
      await small.locator('.webchat__bubble__content').getByText(nl('ask.role'), { exact: true }).waitFor({ timeout: 20_000 });
      for (const selector of ['.sw-helpline a', '#sw-quick-exit', '.webchat__suggested-actions__button']) {
        const boxes = await small.locator(selector).evaluateAll((els) =>
          els.map((el) => {
            const r = el.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return { width: r.width, height: r.height, inView: r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth, onTop: !!hit && (hit === el || el.contains(hit)) };
          }),
        );
        expect(boxes.length).toBeGreaterThan(0);
        for (const box of boxes.filter((b) => b.inView)) {
          expect(box.height).toBeGreaterThanOrEqual(24);
          expect(box.width).toBeGreaterThanOrEqual(24);
          expect(box.onTop).toBe(true);
        }
      }
      const tel = await small.locator('.sw-helpline a').evaluateAll((as) => as.map((a) => {
        const r = a.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight && r.height >= 44;
      }));
      expect(tel).toEqual([true, true, true, true]);
    } finally {
      await phone.close();
    }
  });

  it('has no axe violations after a conversation with cards', async () => {
    await page.goto(`${running.url}/`);
    await bubble(nl('ask.role')).waitFor({ timeout: 20_000 });
    await page.locator('.webchat__suggested-actions__button', { hasText: nl('choice.parent') }).click();
    await bubble(nl('ask.situation')).waitFor();
    await input().fill('Mijn dochter van 9 wordt gepest op school');
    await input().press('Enter');
    await bubble(nl('ask.feedback')).waitFor({ timeout: 20_000 });
    expect(await axeViolations(page)).toEqual([]);
  });
});
