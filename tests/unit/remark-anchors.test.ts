import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import remarkAnchors from '../../src/markdown/remark-anchors';
import { chapterAnchors } from '../../src/content/integrity';
import { chapterHeadings } from '../../src/lib/chapters';

const md = `## HALLAZGOS [#hallazgos]

### HALLAZGO 1: El proyecto **fortaleció** capacidades. [#hallazgo-1]

[#p-204] 204. Se recomienda fortalecer la UDAVIT.

- [#leccion-1] La primera lección.
- Sin ancla.

| Recomendación | Acción |
|---|---|
| [#mtr-1] R1 | Hecho [#mtr-1-b] |

Un texto con un ancla en medio [#medio] del párrafo.
`;

const html = String(await unified().use(remarkParse).use(remarkGfm).use(remarkAnchors).use(remarkRehype).use(rehypeStringify).process(md));

describe('remark-anchors', () => {
  it('turns heading markers into heading ids and drops the marker text', () => {
    expect(html).toContain('<h2 id="hallazgos">HALLAZGOS</h2>');
    expect(html).toMatch(/<h3 id="hallazgo-1">HALLAZGO 1: El proyecto <strong>fortaleció<\/strong> capacidades.<\/h3>/);
  });
  it('puts paragraph and list-item markers on the element, as passages', () => {
    expect(html).toContain('<p id="p-204" class="passage">204. Se recomienda fortalecer la UDAVIT.</p>');
    expect(html).toMatch(/<li id="leccion-1" class="passage">La primera lección.<\/li>/);
  });
  it('gives table cells and mid-text markers an id too', () => {
    expect(html).toContain('<td id="mtr-1">R1</td>');
    expect(html).toContain('<span id="mtr-1-b" class="anchor-point"></span>');
    expect(html).toContain('ancla en medio <span id="medio" class="anchor-point"></span> del párrafo');
  });
  it('leaves no marker text and agrees with the anchors read from the raw MDX', () => {
    expect(html).not.toMatch(/\[#/);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]).sort();
    expect(ids).toEqual(chapterAnchors(md).sort());
  });
  it('lists headings for the table of contents', () => {
    expect(chapterHeadings(md)).toEqual([
      { depth: 2, id: 'hallazgos', text: 'HALLAZGOS' },
      { depth: 3, id: 'hallazgo-1', text: 'HALLAZGO 1: El proyecto fortaleció capacidades.' },
    ]);
  });
});
