/**
 * Reads a report chapter or translation file: YAML front matter and an MDX body parsed to an
 * mdast tree (remark-parse + remark-mdx + remark-gfm), the same parser for originals and
 * translations. Errors carry the file, line and column.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { parse as parseYaml } from 'yaml';
import type { MdNode } from './anchors';

export interface ParsedFile {
  file: string;
  frontMatter: unknown;
  /** the MDX after the front matter */
  body: string;
  /** lines taken by the front matter, to turn body lines into file lines */
  bodyLineOffset: number;
  tree: MdNode;
}

export class ParseError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}:${column}: ${reason}`);
  }
}

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

export function splitFrontMatter(file: string, raw: string): { yaml: string; body: string; bodyLineOffset: number } {
  const m = raw.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?/);
  if (!m) throw new ParseError(file, 1, 1, 'expected YAML front matter between --- lines at the top of the file');
  return { yaml: m[1], body: raw.slice(m[0].length), bodyLineOffset: m[0].split('\n').length - 1 };
}

/** The text of a line, for an error message (long lines cut around the column). */
export function quoteLine(text: string, line: number, column = 1): string {
  const l = (text.split(/\r?\n/)[line - 1] ?? '').replace(/\t/g, ' ');
  const from = l.length > 120 ? Math.max(0, Math.min(column - 60, l.length - 120)) : 0;
  return `"${from ? '…' : ''}${l.slice(from, from + 120)}${from + 120 < l.length ? '…' : ''}"`;
}

export function parseMdxFile(file: string, raw: string): ParsedFile {
  const { yaml, body, bodyLineOffset } = splitFrontMatter(file, raw);
  let frontMatter: unknown;
  try {
    frontMatter = parseYaml(yaml);
  } catch (e) {
    const err = e as { linePos?: { line: number; col: number }[]; message: string };
    const pos = err.linePos?.[0];
    const line = (pos?.line ?? 0) + 1;
    throw new ParseError(file, line, pos?.col ?? 1, `front matter is not valid YAML: ${err.message.split('\n')[0]}; the line reads ${quoteLine(raw, line, pos?.col)}; expected YAML (quote a value that contains ": " or " #")`);
  }
  let tree: MdNode;
  try {
    tree = processor.parse(body) as unknown as MdNode;
  } catch (e) {
    const err = e as { line?: number; column?: number; place?: { line?: number; column?: number; start?: { line: number; column: number } }; reason?: string; message: string };
    let line = err.line ?? err.place?.line ?? err.place?.start?.line ?? 1;
    let column = err.column ?? err.place?.column ?? err.place?.start?.column ?? 1;
    // micromark puts body positions in the reason ("(6:58-6:89)"): make them file positions, and
    // point an unclosed tag at its opening, not at the end of its paragraph
    let reason = (err.reason ?? err.message).replace(/\((\d+):(\d+)-(\d+):(\d+)\)/g, (_m, l1, c1, l2, c2) => `(${Number(l1) + bodyLineOffset}:${c1}-${Number(l2) + bodyLineOffset}:${c2})`);
    const opening = (err.reason ?? '').match(/^Expected a closing tag for `[^`]*` \((\d+):(\d+)-/);
    if (opening) {
      line = Number(opening[1]);
      column = Number(opening[2]);
      reason += '; expected the tag closed (<EditorNote … />) or a closing tag in the same paragraph';
    } else if (/closing brace for `\{`/.test(reason)) {
      // point at the brace left open, not at the end of the text
      const lines = body.split('\n');
      const before = lines.slice(0, line - 1).join('\n').length + (line > 1 ? 1 : 0) + column - 1;
      const at = [...body.slice(0, before).matchAll(/(?<!\\)\{/g)].pop()?.index;
      if (at !== undefined) {
        const head = body.slice(0, at).split('\n');
        line = head.length;
        column = head[head.length - 1].length + 1;
      }
      reason += '; expected \\{ and \\} for literal braces';
    }
    throw new ParseError(file, line + bodyLineOffset, column, `MDX syntax error: ${reason}; the line reads ${quoteLine(body, line, column)}`);
  }
  return { file, frontMatter, body, bodyLineOffset, tree };
}
