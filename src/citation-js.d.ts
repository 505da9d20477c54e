// citation-js ships no type declarations: the part of its API this project uses.
declare module '@citation-js/core' {
  export interface FormatOptions {
    template?: string;
    lang?: string;
    format?: 'text' | 'html';
    entry?: { id: string; locator?: string; label?: string }[];
  }
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(as: 'bibliography' | 'citation' | 'bibtex' | 'biblatex' | 'ris' | 'data', options?: FormatOptions): string;
  }
  export const plugins: { config: { get(name: string): unknown } };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
