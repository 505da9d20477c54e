/// <reference types="astro/client" />
declare namespace App {
  interface Locals {
    /** the library, loaded once (src/lib/load-library.ts) */
    lib: import('./lib/library').Library;
    /** the page's language (from the URL) */
    lang: import('./content/model').Lang;
    /** UI strings in the page's language */
    t: import('./i18n').Translate;
  }
}
