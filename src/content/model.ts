/**
 * The content model: every schema of the library, one import away (docs/content-model.md).
 * Each collection's schema lives beside its integrity check in src/content/schema/; pure zod,
 * no Astro virtual modules, so the same schemas run in the build, in `npm run content:check`
 * and in the unit tests.
 */
export * from './schema/common';
export * from './schema/registries';
export * from './schema/evaluations';
export * from './schema/items';
export * from './schema/follow-ups';
export * from './schema/informants';
export * from './schema/indicators';
export * from './schema/report';
export * from './schema/redirects';
export * from './schema/threads';
