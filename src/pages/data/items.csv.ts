import type { APIRoute } from 'astro';
import { getLibrary } from '../../lib/library';
import { itemsCsv } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) =>
  new Response(itemsCsv(await getLibrary(), site!), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
