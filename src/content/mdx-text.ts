/**
 * The report's own words in a chapter's MDX, as text blocks (headings, paragraphs, list items,
 * table cells, footnotes), with markup, anchors and editorial components removed: what the
 * report-fidelity test compares with the source document.
 */
export function mdxTextBlocks(body: string): string[] {
  const blocks: string[] = [];
  const text = body
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    // editorial components are ours, not the report's
    .replace(/<(EditorNote|Flag)\b[\s\S]*?\/>/g, '\n\n')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
  for (const para of text.split(/\n\s*\n/)) {
    // list items, bullet lines, footnote definitions and table rows are blocks of their own
    let current = '';
    for (const line of para.split('\n')) {
      if (line.trim().startsWith('|')) {
        if (current) blocks.push(current);
        current = '';
        if (/^\s*\|?\s*:?-{2,}/.test(line)) continue;
        for (const cell of line.split(/(?<!\\)\|/)) for (const part of cell.split(/<br\s*\/?>/)) blocks.push(part);
      } else if (/^\s*([-*+•]|\d+[.)])\s+/.test(line) || /^\[\^[^\]]+\]:/.test(line)) {
        if (current) blocks.push(current);
        current = line;
      } else current += ` ${line}`;
    }
    if (current) blocks.push(current);
  }
  return blocks
    .map((b) =>
      b
        .replace(/\[#[a-z0-9-]+\]/g, ' ')
        .replace(/^\s*#{1,6}\s+/, '')
        .replace(/^\s*([-*+•]|\d+[.)])\s+/, '')
        .replace(/^\[\^[^\]]+\]:\s*/, '')
        .replace(/\[\^[^\]]+\]/g, ' ')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((b) => b.length > 0);
}
