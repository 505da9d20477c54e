/**
 * Item texts keep the report's emphasis as markdown (**bold**, *italic*), so that they stay the
 * report's own characters. Pages render it; open data and excerpts use the plain text.
 */
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function plainText(s: string): string {
  return s.replace(/\*{1,3}([^*]+?)\*{1,3}/g, '$1').replace(/\*\*/g, '');
}

export type TextBlock = { type: 'p'; text: string } | { type: 'ul'; items: string[] };

/** Paragraphs (blank-line separated) and lists (lines starting with "- " or "• ") of a text. */
export function textBlocks(s: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let para: string[] = [];
  const flush = () => {
    if (para.length) blocks.push({ type: 'p', text: para.join(' ') });
    para = [];
  };
  for (const line of s.split('\n')) {
    const item = line.match(/^\s*[-•]\s+(.*)$/);
    if (item) {
      flush();
      const last = blocks[blocks.length - 1];
      if (last?.type === 'ul') last.items.push(item[1]);
      else blocks.push({ type: 'ul', items: [item[1]] });
    } else if (!line.trim()) flush();
    else para.push(line.trim());
  }
  flush();
  return blocks;
}

/** Escaped HTML with only <strong>/<em> from the markdown emphasis, and paragraphs from blank lines. */
export function emphasisHtml(s: string): string {
  return escapeHtml(s)
    .replace(/\*\*\*([^*]+?)\*\*\*/g, '<strong><em>$1</em></strong>')
    .replace(/\*\*([^*]+?)\*\*/g, '<strong>$1</strong>')
    .replace(/\*([^*\s][^*]*?)\*/g, '<em>$1</em>')
    .replace(/\*\*/g, '');
}
