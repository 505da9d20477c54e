import type { APIRoute } from 'astro';
import { getLibrary } from '../../lib/library';
import { itemsData } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(itemsData(await getLibrary(), site!), null, 1), { headers: { 'Content-Type': 'application/json' } });
