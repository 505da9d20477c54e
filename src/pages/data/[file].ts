/** Every open-data file (README, "Open data"), built from the same library as the pages. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLibrary } from '../../lib/library';
import { OPEN_DATA_FILES, openDataFile } from '../../lib/open-data';

export const getStaticPaths = (() => OPEN_DATA_FILES.map((f) => ({ params: { file: f.path.replace('/data/', '') } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { body, type } = openDataFile(params.file!, await getLibrary(), site!);
  return new Response(body, { headers: { 'Content-Type': type } });
};
