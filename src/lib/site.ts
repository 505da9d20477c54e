/**
 * The production origin, configured in one place: SITE_URL (e.g. https://evidencia.example.org).
 * Without it the site builds with relative links, and citations say the URL is not configured.
 */
export const SITE_URL: string | undefined = process.env.SITE_URL?.replace(/\/+$/, '') || undefined;

/** An absolute URL for a site path, or undefined when no origin is configured. */
export function absolute(path: string): string | undefined {
  return SITE_URL ? new URL(path, `${SITE_URL}/`).href : undefined;
}
