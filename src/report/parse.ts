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

export function parseMdxFile(file: string, raw: string): ParsedFile {
  const { yaml, body, bodyLineOffset } = splitFrontMatter(file, raw);
  let frontMatter: unknown;
  try {
    frontMatter = parseYaml(yaml);
  } catch (e) {
    const err = e as { linePos?: { line: number; col: number }[]; message: string };
    const pos = err.linePos?.[0];
    throw new ParseError(file, (pos?.line ?? 0) + 1, pos?.col ?? 1, `front matter is not valid YAML: ${err.message.split('\n')[0]}`);
  }
  let tree: MdNode;
  try {
    tree = processor.parse(body) as unknown as MdNode;
  } catch (e) {
    const err = e as { line?: number; column?: number; place?: { line?: number; column?: number; start?: { line: number; column: number } }; reason?: string; message: string };
    const line = err.line ?? err.place?.line ?? err.place?.start?.line ?? 1;
    const column = err.column ?? err.place?.column ?? err.place?.start?.column ?? 1;
    throw new ParseError(file, line + bodyLineOffset, column, `MDX syntax error: ${err.reason ?? err.message}`);
  }
  return { file, frontMatter, body, bodyLineOffset, tree };
}
