/** Components the report chapters' MDX is rendered with: anchored elements get a passage link. */
import EditorNote from './EditorNote.astro';
import Flag from './Flag.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import H4 from './H4.astro';
import H5 from './H5.astro';
import P from './P.astro';
import Li from './Li.astro';
import ProjectRef from './ProjectRef.astro';

export const reportComponents = { EditorNote, Flag, ProjectRef, h2: H2, h3: H3, h4: H4, h5: H5, p: P, li: Li };
