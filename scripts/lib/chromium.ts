/** Debian's Chromium driven by playwright-core (no browser download exists on these machines): for the tests, the benchmark and screenshots. */
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function options(): LaunchOptions {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`);
  return {
    executablePath: CHROMIUM_PATH,
    // the machine's network is closed: no background requests, no QUIC
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  };
}

export const launchBrowser = (): Promise<Browser> => chromium.launch(options());
export const launchBrowserServer = (): Promise<BrowserServer> => chromium.launchServer(options());
