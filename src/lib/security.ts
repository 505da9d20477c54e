/**
 * Content-Security-Policy for every page: nothing from any other origin. Pagefind needs
 * WebAssembly ('wasm-unsafe-eval'); no inline scripts or styles are used.
 * public/_headers carries the same policy for hosts that support header files.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  // no page embeds a frame (the axe run in tests/browser/pages.test.ts relies on it)
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
