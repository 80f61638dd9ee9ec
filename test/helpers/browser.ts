// Debian's Chromium for browser tests (skipped without it, except in CI), axe-core injected into a page or frame, and a second origin.
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium, type Frame, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const describeWithChromium = existsSync(CHROMIUM) || process.env.CI ? describe : describe.skip;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** Runs axe-core inside the page or frame (WCAG 2.1 A/AA rules) and returns its violations; frames are checked on their own. */
export async function axeViolations(target: Page | Frame): Promise<AxeViolation[]> {
  await target.addScriptTag({ path: require.resolve('axe-core') });
  return target.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, {
      iframes: false,
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

export interface OtherOrigin {
  /** e.g. http://localhost:PORT — another origin (and site) than the app on 127.0.0.1. */
  origin: string;
  setPage(path: string, html: string): void;
  close(): Promise<void>;
}

/** A second loopback server on another origin: plays the municipality's website and the neutral site of "Snel weg". */
export async function startOtherOrigin(): Promise<OtherOrigin> {
  const pages = new Map<string, string>();
  const server = http.createServer((req, res) => {
    const html = pages.get((req.url ?? '/').split('?')[0]);
    res.statusCode = html ? 200 : 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(html ?? '<!doctype html><title>niet gevonden</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    setPage: (path, html) => void pages.set(path, html),
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
