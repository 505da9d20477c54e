import type { APIRoute } from 'astro';
import { getLibrary } from '../../lib/library';
import { componentsData } from '../../lib/open-data';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(componentsData(await getLibrary()), null, 1), { headers: { 'Content-Type': 'application/json' } });
