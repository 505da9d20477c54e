/** An evaluation's items counted by kind and shared theme (themes through the items' components). */
import { ITEM_KINDS, type Lang } from '../../content/model';
import { kindKey, useTranslations } from '../../i18n';
import { themesOf } from '../accountability';
import type { Library } from '../library';
import { urlFor } from '../urls';
import { countGridSvg } from './grid';
import type { Chart } from './types';

export function kindThemeChart(lib: Library, lang: Lang, evaluation: string, id = 'chart-kinds'): Chart | null {
  const t = useTranslations(lang);
  const items = lib.itemsByEvaluation.get(evaluation) ?? [];
  const kinds = ITEM_KINDS.filter((k) => items.some((i) => i.kind === k));
  if (kinds.length === 0) return null;
  const themed = items.map((i) => ({ kind: i.kind, themes: themesOf(lib, i) }));
  // items without a theme would be invisible in the grid: they get their own row
  const none = themed.some((i) => i.themes.length === 0);
  const rows = [...lib.themes.map((th) => ({ id: th.id as string, name: th.name[lang] })), ...(none ? [{ id: '', name: t('chart.kinds.noTheme') }] : [])];
  const count = (row: string, kind: string) => themed.filter((i) => i.kind === kind && (row ? (i.themes as string[]).includes(row) : i.themes.length === 0)).length;
  const counts = rows.map((r) => kinds.map((k) => count(r.id, k)));
  const kindNames = kinds.map((k) => t(kindKey(k, 'many')));
  const title = t('chart.kinds.title');
  const cellsText = rows.map((r, ri) => `${r.name}: ${kinds.map((k, ki) => `${kindNames[ki]} ${counts[ri][ki]}`).join(', ')}`).join('. ');
  const desc = t('chart.kinds.desc', { n: items.length, cells: `${cellsText}.` });
  return {
    id,
    title,
    desc,
    svg: countGridSvg({ id, title, desc, rows: rows.map((r) => r.name), cols: kindNames, counts }),
    table: {
      caption: t('chart.kinds.caption'),
      columns: [{ label: t('chart.theme') }, ...kindNames.map((label) => ({ label, num: true }))],
      rows: rows.map((r, ri) => ({ head: r.id ? { text: r.name, href: urlFor(lang, { type: 'theme', theme: r.id }) } : r.name, cells: counts[ri] })),
    },
    legend: [
      { symbol: 'fill-dark', label: t('chart.legend.count') },
      { symbol: 'gap', label: t('chart.kinds.gap') },
    ],
    notes: [t('chart.multiTheme')],
  };
}
