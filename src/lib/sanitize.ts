/**
 * Search excerpts come from Pagefind as HTML-escaped text with <mark> around matches. Keep the
 * <mark> tags and drop every other tag, so nothing from an indexed page can inject markup.
 */
export function sanitizeExcerpt(html: string): string {
  return html.replace(/<(?!\/?mark>)[^>]*>?/gi, '');
}
