import type { APIRoute } from 'astro';
import { getLibrary } from '../../lib/library';
import { actorsData } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(actorsData(await getLibrary(), site!), null, 1), { headers: { 'Content-Type': 'application/json' } });
