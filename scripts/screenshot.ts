/**
 * `npm run screenshot -- <dist> <path> [<path>…]`: PNG screenshots of built pages in Chromium, for
 * looking at what a reader sees (/tmp/shot-N.png). W/H set the viewport (default 390×844, a phone),
 * SCROLLS a comma list of scroll offsets, WAIT the settle time in ms.
 */
import { serveDist } from './lib/static-server';
import { launchBrowser } from './lib/chromium';
const [root, ...paths] = process.argv.slice(2);
const srv = await serveDist(root);
const b = await launchBrowser();
const ctx = await b.newContext({ viewport: { width: Number(process.env.W ?? 390), height: Number(process.env.H ?? 844) } });
const page = await ctx.newPage();
let i = 0;
for (const p of paths) {
  await page.goto(srv.origin + p);
  await page.waitForTimeout(Number(process.env.WAIT ?? 300));
  for (const y of (process.env.SCROLLS ?? '0').split(',').map(Number)) {
    await page.evaluate((yy: number) => window.scrollTo(0, yy), y);
    await page.screenshot({ path: `/tmp/shot-${i++}.png` });
  }
}
await b.close(); await srv.close();
