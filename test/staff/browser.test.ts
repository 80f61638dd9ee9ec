// The staff pages in Debian's Chromium, each scanned with axe-core (zero violations): sign-in, queue, search by reference,
// claim, status, note, reassign, audit log, accounts and sign-out, on a laptop and on a phone-sized screen.
import { existsSync, readFileSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { databaseProviders } from '../helpers/database';
import { draft, PASSWORD, staffWorld, type StaffWorld, TEAM_B } from './staffApp';

const CHROMIUM = '/usr/bin/chromium';
const describeWithChromium = existsSync(CHROMIUM) || process.env.CI ? describe : describe.skip;
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult { violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> }

describeWithChromium('staff pages in Chromium', () => {
  let world: StaffWorld;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let urgentRef: string;
  let olderRef: string;

  beforeAll(async () => {
    world = await staffWorld(await databaseProviders()[0].open());
    olderRef = (await world.running.app.requests.file(draft, 'form-1')).reference;
    urgentRef = (await world.running.app.requests.file({ ...draft, urgent: true, urgentReason: 'zorgen over veiligheid thuis', shownOfferings: [{ id: 'x', title: 'Training Rots en Water' }] }, 'form-2')).reference;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });
  beforeEach(async () => {
    // axe is injected as a script; the pages' Content-Security-Policy would (rightly) refuse it.
    context = await browser.newContext({ bypassCSP: true });
    page = await context.newPage();
  });
  afterEach(() => context.close());

  /** Runs axe-core on the current page and expects no violations at all. */
  const expectAccessible = async (name: string) => {
    await page.addScriptTag({ content: AXE });
    const result = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResult> } }).axe.run());
    const violations = result.violations.map((v) => `${name}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(violations).toEqual([]);
  };

  const signIn = async (email: string) => {
    await page.goto(`${world.running.url}/staff`);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmeldingen' }).waitFor();
  };

  it('signs in, shows the queue urgent first, finds a request by reference, claims it, sets a status and adds a note', async () => {
    await page.goto(`${world.running.url}/staff`);
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    await expectAccessible('sign-in');
    await signIn('anna@wij.example');
    await expectAccessible('queue');
    const order = await page.locator('.queue h2 a').allInnerTexts();
    expect(order).toEqual([urgentRef, olderRef]);

    await page.getByLabel('Zoek op aanmeldnummer').fill('SW-12');
    await page.getByRole('button', { name: 'Zoek' }).click();
    await page.getByText('Dit is geen aanmeldnummer.', { exact: false }).waitFor();
    await expectAccessible('search with a wrong number');
    await page.getByLabel('Zoek op aanmeldnummer').fill(urgentRef.toLowerCase());
    await page.getByRole('button', { name: 'Zoek' }).click();
    await page.getByRole('heading', { level: 1, name: `Aanmelding ${urgentRef}` }).waitFor();
    expect(await page.getByText('zorgen over veiligheid thuis').count()).toBe(1);
    expect(await page.getByText('Training Rots en Water').count()).toBe(1);
    await expectAccessible('request');

    await page.getByRole('button', { name: 'Oppakken' }).click();
    await page.getByText('Je hebt deze aanmelding opgepakt.').waitFor();
    await expectAccessible('claimed');
    await page.getByLabel('Nieuwe status').selectOption('in_contact');
    await page.getByRole('button', { name: 'Status opslaan' }).click();
    await page.getByText('De status is opgeslagen.').waitFor();
    expect(await page.locator('dl.facts .badge').innerText()).toBe('In contact');
    await page.getByLabel('Notitie', { exact: true }).fill('Moeder gebeld, afspraak dinsdag');
    await page.getByRole('button', { name: 'Notitie opslaan' }).click();
    await page.getByText('Je notitie is opgeslagen.').waitFor();
    expect(await page.locator('ul.notes').innerText()).toContain('Moeder gebeld, afspraak dinsdag');
    await expectAccessible('note added');
    if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/staff-request.png`, fullPage: true });
  });

  it('lets a coordinator reassign and read the audit log, then signs out', async () => {
    await signIn('cor@wij.example');
    await page.goto(`${world.running.url}/staff/requests/${olderRef}`);
    await page.getByLabel('Nieuw team').selectOption(TEAM_B);
    await page.getByRole('button', { name: 'Verplaatsen' }).click();
    await page.getByText('De aanmelding staat nu bij een ander team.').waitFor();
    await page.getByRole('link', { name: 'Logboek' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logboek' }).waitFor();
    expect(await page.locator('table').innerText()).toContain('reassign');
    await expectAccessible('audit log');
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByText('Je bent afgemeld.').waitFor();
    await expectAccessible('signed out');
    await page.goto(`${world.running.url}/staff`);
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
  });

  it('shows the beheerder the accounts page and adds an account', async () => {
    await world.running.app.staff.accounts.addPerson({ email: 'bea@wij.example', name: 'Bea', role: 'beheerder', teams: [TEAM_B], password: PASSWORD });
    await signIn('bea@wij.example');
    await page.getByRole('link', { name: 'Accounts' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();
    await expectAccessible('accounts');
    await page.getByLabel('Naam').fill('Dirk');
    await page.getByLabel('E-mailadres').fill('dirk@wij.example');
    await page.getByLabel('Teams').selectOption(TEAM_B);
    await page.getByLabel('Eerste wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Account maken' }).click();
    await page.getByText('Het account is gemaakt.').waitFor();
    expect(await page.locator('table').innerText()).toContain('dirk@wij.example');
  });

  it('works on a phone-sized screen', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await signIn('anna@wij.example');
    await expectAccessible('queue on a phone');
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(360);
    await page.locator('.queue h2 a').first().click();
    await expectAccessible('request on a phone');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
