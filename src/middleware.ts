/** Puts the library, the page's language and its UI strings on Astro.locals for every page and endpoint. */
import { defineMiddleware } from 'astro:middleware';
import { LANGS, type Lang } from './content/model';
import { useTranslations } from './i18n';
import { getLibrary } from './lib/load-library';

export const onRequest = defineMiddleware(async (context, next) => {
  const fromParams = context.params.lang as Lang | undefined;
  const lang: Lang = fromParams && LANGS.includes(fromParams) ? fromParams : 'es';
  context.locals.lang = lang;
  context.locals.t = useTranslations(lang);
  context.locals.lib = await getLibrary();
  return next();
});
