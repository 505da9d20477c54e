/**
 * Source text → MDX for report chapters (docs/content-model.md, "Body rules"): the converted
 * text's stray HTML becomes markdown emphasis or goes, braces and "<" are escaped, and a marker
 * the text happens to contain cannot pass for an anchor. Also the plain text of an item (no
 * markup, no escapes), as the items' YAML needs it.
 */

const HTML_TAG = /<\/?(p|br|ul|ol|li|span|div|a|u|s|sub|sup|font|table|thead|tbody|tr|td|th|img|strong|em|b|i|small|big|hr|h[1-6]|blockquote|code|pre|strike|del|ins|mark|center|section|header|footer|figure|figcaption|caption|col|colgroup)\b[^<>]*\/?>/gi;

/** Inline text of the source as MDX (cells: `<p>` and `<br>` become `<br />`). */
export function toMdxInline(text: string, opts: { cell?: boolean } = {}): string {
  let s = text
    .replace(/<(b|strong)>\s*/gi, '**')
    .replace(/\s*<\/(b|strong)>/gi, '**')
    .replace(/<(i|em)>\s*/gi, '*')
    .replace(/\s*<\/(i|em)>/gi, '*')
    .replace(/<sup>\s*([^<]*?)\s*<\/sup>/gi, ' $1 ')
    .replace(/\[([^\]]+)\]\(#\)/g, '$1');
  s = opts.cell
    ? s.replace(/<\/p>\s*<p>|<br\s*\/?>/gi, '\u0000BR\u0000').replace(/<\/?p>/gi, ' ')
    : s.replace(/<br\s*\/?>|<\/?p>/gi, ' ');
  s = s
    // the HTML the conversion left (lists, spans, styles) goes, its text stays; any other "<" is text
    .replace(HTML_TAG, ' ')
    .replace(/\*\*\s*\*\*/g, ' ')
    .replace(/(?<!\\)([{}])/g, '\\$1')
    .replace(/</g, '&lt;')
    .replace(/\[#/g, '\\[#')
    .replace(/[ \t]+/g, ' ')
    .trim();
  if (opts.cell) s = s.replace(/\|/g, '\\|').replace(/\s*\u0000BR\u0000\s*/g, '<br />');
  return s;
}

/** The text with nothing markdown, MDX or HTML could read as syntax: the fallback for a block that does not parse. */
export function toMdxLiteral(text: string): string {
  return plainOf(text)
    .replace(/[\\`*_{}\[\]()#+!|~>]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;');
}

/** The plain text of a passage, as an item's `text` must be: no emphasis, tags, escapes or footnote marks. */
export function plainOf(text: string): string {
  return text
    .replace(/<sup>\s*\d+\s*<\/sup>/gi, '')
    .replace(/<\/p>\s*<p>|<br\s*\/?>/gi, ' ')
    .replace(HTML_TAG, ' ')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/(^|[\s(“"«])\*(?=\S)|(?<=\S)\*(?=$|[\s.,;:)”"»])/g, '$1')
    .replace(/\\([\\`*_{}\[\]()#+\-.!$|>~])/g, '$1')
    .replace(/\u00ad/g, '')
    .replace(/[\u0000-\u0009\u000B-\u001F]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
