/** The page types a reader on a phone is timed on (scripts/slow-link.ts, scripts/lighthouse.ts): one of each, the heavy ones included. */
export const PAGES: { name: string; path: string; ready: string }[] = [
  { name: 'home', path: '/es/', ready: 'main h1' },
  { name: 'item', path: '/es/evaluaciones/ilo-alianzas-2021/recomendaciones/1/', ready: '.item-text' },
  { name: 'chapter', path: '/es/evaluaciones/ilo-alianzas-2024/informe/findings-effectiveness/', ready: '.report-text .passage' },
  { name: 'evaluation', path: '/es/evaluaciones/usaid-chs-2020/', ready: 'main h1' },
  { name: 'institution', path: '/es/instituciones/mimp/', ready: '#recs-h' },
  { name: 'recommendations', path: '/es/recomendaciones/', ready: '.rec-table' },
  { name: 'indicators', path: '/es/evaluaciones/ilo-alianzas-2021/indicadores/', ready: '.indicator' },
  { name: 'thread', path: '/es/hilos-de-recomendaciones/monitoring-outcome-indicators/', ready: '.thread-items' },
];
