/** Reading the built site (dist/) for the whole-site checks. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

export function requireDist(): void {
  if (!existsSync(join(DIST, 'es', 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
}

/** Site paths ("/es/…/") of every HTML page of a build (dist/ unless told), excluding Pagefind's and Astro's own files. */
export function htmlPages(root = DIST): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) {
        if (f !== 'pagefind' && f !== '_astro') walk(p);
      } else if (f.endsWith('.html')) {
        const rel = '/' + relative(root, p).replace(/\\/g, '/');
        out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(root);
  return out.sort();
}

export function fileFor(path: string): string {
  const clean = decodeURIComponent(path.split('#')[0].split('?')[0]);
  return join(DIST, clean.endsWith('/') ? `${clean}index.html` : clean);
}

const cache = new Map<string, string>();
export function readPage(path: string): string {
  if (!cache.has(path)) cache.set(path, readFileSync(fileFor(path), 'utf8'));
  return cache.get(path)!;
}

export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
}

export function linksOf(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
}

export function attr(html: string, re: RegExp): string[] {
  return [...html.matchAll(re)].map((m) => m[1]);
}

/** Visible-ish text of an HTML fragment: tags stripped, entities decoded, whitespace collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    // inline elements join their text; block elements separate it
    .replace(/<\/?(strong|em|b|i|a|span|q|mark|abbr|sup|sub|code|cite)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The path of a URL that may be absolute (SITE_URL set) or site-relative. */
export const pathOf = (url: string): string => new URL(url, 'http://site.invalid').pathname;

interface OpenItem { id: string; kind: string; addressees: string[]; actors: string[]; url: { es: string; en: string }; source: { url: { es: string; en: string } }; recommendation: { priorityLevel: string | null; timeframeLevel: string | null } | null }
interface OpenActor { id: string; name: { es: string; en: string }; aliases: string[]; acronym: string | null; url: { es: string; en: string } }

/** The built open data (what the pages must agree with). */
export function openData(): { items: OpenItem[]; actors: OpenActor[] } {
  return { items: JSON.parse(readFileSync(join(DIST, 'data/items.json'), 'utf8')), actors: JSON.parse(readFileSync(join(DIST, 'data/actors.json'), 'utf8')) };
}
