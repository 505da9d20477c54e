/** Where each part of the library lives, relative to the project root (docs/content-model.md). */
export const CONTENT_PATHS = {
  sources: 'content/sources',
  actors: 'content/actors.yaml',
  themes: 'content/themes.yaml',
  components: 'content/components.yaml',
  projects: 'content/projects.yaml',
  evaluations: 'content/evaluations',
  items: 'content/items',
  glossary: 'content/glossary.yaml',
  reports: 'content/reports',
  translations: 'content/translations',
  followUp: 'content/followup',
  indicators: 'content/indicators',
  budget: 'content/budget',
  informantRecommendations: 'content/informant-recommendations',
  redirects: 'content/redirects.yaml',
  published: 'content/published/urls.txt',
} as const;
