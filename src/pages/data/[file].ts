/** Every open-data file (README, "Open data"), built from the same library as the pages. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLibrary } from '../../lib/load-library';
import { allFiles, type OpenDataName } from '../../lib/routes';
import { openDataFile } from '../../lib/open-data/index';

export const getStaticPaths = (async () => allFiles('data-file', await getLibrary()).map((f) => ({ params: { file: f.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, locals }) => {
  const { body, type } = openDataFile(params.file as OpenDataName, locals.lib);
  return new Response(body, { headers: { 'Content-Type': type } });
};
