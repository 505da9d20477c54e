/**
 * `npm run content:check`: validates the whole library (schemas, references, anchors, aliases,
 * source hashes, fidelity, translations) in seconds, without a build. Exit 1 and every problem on failure.
 * Drafts (draft: true) are listed with what is left to do in them; with SITE_URL set they are errors.
 */
import { loadLibraryFromDisk } from '../src/content/disk';
import { ContentError } from '../src/content/yaml-entries';

const root = process.argv[2] ?? process.cwd();
try {
  const lib = loadLibraryFromDisk(root, { production: Boolean(process.env.SITE_URL) });
  const kinds = lib.items.reduce<Record<string, number>>((acc, i) => ((acc[i.data.kind] = (acc[i.data.kind] ?? 0) + 1), acc), {});
  const chapters = [...lib.checked.reports.values()].reduce((n, r) => n + r.chapters.length, 0);
  const translations = [...lib.checked.reports.values()].reduce((n, r) => n + r.translations.length, 0);
  for (const w of lib.checked.warnings) console.warn(`warning: ${w}`);
  // drafts by file (a scaffolded evaluation has a draft entry per item), then what is left to do in them
  const byFile = new Map<string, number>();
  for (const d of lib.checked.drafts) byFile.set(d.replace(/: entry ".*"$/, ''), (byFile.get(d.replace(/: entry ".*"$/, '')) ?? 0) + (d.includes(': entry "') ? 1 : 0));
  for (const [file, entries] of byFile) console.warn(`draft (not published): ${file}${entries ? ` (${entries} entr${entries === 1 ? 'y' : 'ies'})` : ''}`);
  if (lib.checked.draftProblems.length) console.warn(`to do in the drafts (${lib.checked.draftProblems.length}):\n- ${lib.checked.draftProblems.join('\n- ')}`);
  console.log(
    `content ok: ${lib.evaluations.length} evaluations, ${lib.items.length} items ${JSON.stringify(kinds)}, ` +
      `${lib.actors.length} actors, ${lib.components.length} components, ${chapters} chapters, ${translations} translations, ` +
      `${lib.indicators.length} indicators, ${lib.budget.length} budget lines, ${lib.followUps.length} follow-ups`,
  );
} catch (e) {
  if (e instanceof ContentError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
