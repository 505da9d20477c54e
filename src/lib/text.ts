/**
 * Item texts keep the report's emphasis as markdown (**bold**, *italic*), so that they stay the
 * report's own characters. Pages render it; open data and excerpts use the plain text.
 */
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function plainText(s: string): string {
  return s.replace(/\*{1,3}([^*]+?)\*{1,3}/g, '$1').replace(/\*\*/g, '');
}

/** Escaped HTML with only <strong>/<em> from the markdown emphasis, and paragraphs from blank lines. */
export function emphasisHtml(s: string): string {
  return escapeHtml(s)
    .replace(/\*\*\*([^*]+?)\*\*\*/g, '<strong><em>$1</em></strong>')
    .replace(/\*\*([^*]+?)\*\*/g, '<strong>$1</strong>')
    .replace(/\*([^*\s][^*]*?)\*/g, '<em>$1</em>')
    .replace(/\*\*/g, '');
}
