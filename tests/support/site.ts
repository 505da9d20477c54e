/** Starts dist/ on 127.0.0.1 and Chromium for a browser test file; records every request. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { serveDist, type RunningServer } from './static-server';
import { DIST, requireDist } from './dist';

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

export async function startSite(options: { javaScriptEnabled?: boolean } = {}): Promise<Site> {
  requireDist();
  const server: RunningServer = await serveDist(DIST);
  const browser = await launchBrowser();
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: { width: 390, height: 844 } });
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
    origin: server.origin,
    browser,
    context,
    requests,
    cspViolations,
    open: async (path: string) => {
      const page = await context.newPage();
      const response = await page.goto(server.origin + path, { waitUntil: 'load' });
      if (!response || response.status() >= 400) throw new Error(`${path}: HTTP ${response?.status()}`);
      return page;
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
