/**
 * The baseline: a bare Astro project (same Astro through the linked node_modules, a minimal
 * astro.config with @astrojs/mdx only) with as many plain MDX pages as the synthetic site has HTML
 * pages. Each page has a few paragraphs of real text taken from the report chapters.
 *
 * mode "pages" (default): one .mdx file per page under src/pages/ (the plainest Astro site).
 * mode "collection": the same MDX files as a glob() content collection rendered by one dynamic
 * route, which is how the real site renders its chapters — a second point of comparison.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { walk } from './fs';

/** Prose paragraphs from the report chapters, made safe as plain MDX text. */
export function fillerParagraphs(reportsDir: string, max = 4000): string[] {
  const out: string[] = [];
  for (const f of walk(reportsDir).filter((x) => x.endsWith('.mdx')).sort()) {
    const body = readFileSync(f, 'utf8').replace(/^---[\s\S]*?\n---\n?/, '');
    for (const raw of body.split(/\n\s*\n/)) {
      const line = raw.replace(/\s+/g, ' ').trim();
      if (line.length < 120 || /^[#<|>\-*![]/.test(line.replace(/^\[#[a-z0-9-]+\]\s*/, ''))) continue;
      if (line.includes('|') || line.includes('<') || line.includes('[^')) continue;
      const text = line
        .replace(/\[#[a-z0-9-]+\]\s*/g, '')
        .replace(/[{}]/g, '')
        .replace(/[<>]/g, '')
        .replace(/\\/g, '')
        .replace(/^\d+\.\s/, '');
      if (text.length >= 120) out.push(text);
      if (out.length >= max) return out;
    }
  }
  if (!out.length) out.push('El proyecto desarrolla estrategias previstas en su diseño para la prevención, la persecución del delito y la protección de las víctimas.');
  return out;
}

const LAYOUT = `---
const { frontmatter } = Astro.props;
---
<html lang="es">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>{frontmatter.title}</title></head>
  <body><main><h1>{frontmatter.title}</h1><slot /></main></body>
</html>
`;

export type BaselineMode = 'pages' | 'collection';

export function buildBaselineProject(dest: string, pages: number, paragraphs: string[], mode: BaselineMode, perPage = 4): void {
  mkdirSync(join(dest, 'src', 'layouts'), { recursive: true });
  writeFileSync(join(dest, 'package.json'), JSON.stringify({ name: 'bench-baseline', type: 'module', private: true }, null, 2));
  writeFileSync(
    join(dest, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()], devToolbar: { enabled: false } });\n`,
  );
  writeFileSync(join(dest, 'tsconfig.json'), JSON.stringify({ extends: 'astro/tsconfigs/strict' }, null, 2));
  writeFileSync(join(dest, 'src', 'layouts', 'Base.astro'), LAYOUT);
  const body = (i: number) =>
    Array.from({ length: perPage }, (_, j) => paragraphs[(i * perPage + j) % paragraphs.length]).join('\n\n') + '\n';
  if (mode === 'pages') {
    const dir = join(dest, 'src', 'pages', 'p');
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < pages; i++) {
      writeFileSync(join(dir, `${i}.mdx`), `---\nlayout: ../../layouts/Base.astro\ntitle: "Página ${i}"\n---\n\n${body(i)}`);
    }
  } else {
    const dir = join(dest, 'src', 'pages-content');
    mkdirSync(dir, { recursive: true });
    mkdirSync(join(dest, 'src', 'pages', 'p'), { recursive: true });
    for (let i = 0; i < pages; i++) writeFileSync(join(dir, `${i}.mdx`), `---\ntitle: "Página ${i}"\n---\n\n${body(i)}`);
    writeFileSync(
      join(dest, 'src', 'content.config.ts'),
      `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\n` +
        `export const collections = { pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: 'src/pages-content' }), schema: z.object({ title: z.string() }) }) };\n`,
    );
    writeFileSync(
      join(dest, 'src', 'pages', 'p', '[id].astro'),
      `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  const pages = await getCollection('pages');\n  return pages.map((entry) => ({ params: { id: entry.id }, props: { entry } }));\n}\n` +
        `const { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n` +
        `<html lang="es">\n  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>{entry.data.title}</title></head>\n  <body><main><h1>{entry.data.title}</h1><Content /></main></body>\n</html>\n`,
    );
  }
}
