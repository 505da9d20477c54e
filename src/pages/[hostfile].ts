/**
 * `_headers` for static hosts that read one (Netlify, Cloudflare Pages…): the same
 * Content-Security-Policy as the pages' meta tag, plus headers a meta tag cannot set.
 * Files whose name starts with "_" are not routes in Astro, hence this parameterised endpoint.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CONTENT_SECURITY_POLICY } from '../lib/security';

export const getStaticPaths = (() => [{ params: { hostfile: '_headers' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = () =>
  new Response(
    [
      '/*',
      `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
      '  Referrer-Policy: no-referrer',
      '  X-Content-Type-Options: nosniff',
      '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
      '',
    ].join('\n'),
    { headers: { 'Content-Type': 'text/plain' } },
  );
