/**
 * Global setup of the browser project: one static server for dist/ on 127.0.0.1 and one
 * Chromium (Debian's, driven by playwright-core) for every browser test file.
 */
import type { TestProject } from 'vitest/node';
import type { BrowserServer } from 'playwright-core';
import { serveDist, type RunningServer } from '../../scripts/lib/static-server';
import { launchBrowserServer } from '../../scripts/lib/chromium';
import { DIST, requireDist } from './dist';

declare module 'vitest' {
  export interface ProvidedContext {
    site: { origin: string; wsEndpoint: string };
  }
}

let server: RunningServer | undefined;
let browser: BrowserServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  requireDist();
  server = await serveDist(DIST);
  browser = await launchBrowserServer();
  project.provide('site', { origin: server.origin, wsEndpoint: browser.wsEndpoint() });
}

export async function teardown(): Promise<void> {
  await browser?.close();
  await server?.close();
}
