import { readFileSync } from 'node:fs';
import { parseMdxFile } from './src/report/parse';
import { chapterStructure } from './src/report/passages';
for (const f of process.argv.slice(2)) {
  const p = parseMdxFile(f, readFileSync(f, 'utf8'));
  const s = chapterStructure(p.tree, p.body, p.bodyLineOffset);
  console.log(f, s.passages.length, s.passages.map((x) => x.kind[0] + (x.depth ?? '')).join(''));
}
