/** A browser test file's view of the site: its own context on the shared Chromium, recording every request and CSP violation. */
import { inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export interface Site {
  origin: string;
  browser: Browser;
  context: BrowserContext;
  /** every URL the browser requested, across the file's pages */
  requests: string[];
  /** Content-Security-Policy violations reported by pages */
  cspViolations: string[];
  open: (path: string) => Promise<Page>;
  close: () => Promise<void>;
}

/** Connecting to the shared browser and opening a context: a few seconds, more on a loaded machine. */
export const CONNECT_BUDGET_MS = 120_000;
/** One page with axe or a search: seconds each; the biggest pages take longer under load. */
export const PAGE_BUDGET_MS = 180_000;
/** Waiting for a search or a focus move to settle: expect.poll's default (1 s) is too short on a loaded machine. */
export const SETTLE = { timeout: 60_000, interval: 50 } as const;

export async function startSite(options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {}): Promise<Site> {
  const { origin, wsEndpoint } = inject('site');
  const browser = await chromium.connect(wsEndpoint);
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: options.viewport ?? { width: 390, height: 844 } });
  context.setDefaultTimeout(PAGE_BUDGET_MS);
  context.setDefaultNavigationTimeout(PAGE_BUDGET_MS);
  const requests: string[] = [];
  const cspViolations: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.exposeBinding('__reportCsp', (_src, v: string) => void cspViolations.push(v));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI} on ${location.pathname}`);
    });
  });
  return {
    origin,
    browser,
    context,
    requests,
    cspViolations,
    open: async (path: string) => {
      const page = await context.newPage();
      const response = await page.goto(origin + path, { waitUntil: 'load' });
      if (!response || response.status() >= 400) throw new Error(`${path}: HTTP ${response?.status()}`);
      return page;
    },
    close: async () => {
      await context.close();
      await browser.close();
    },
  };
}
