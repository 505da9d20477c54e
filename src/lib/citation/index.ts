/** Citations of the reports: one CSL-JSON record per work, formatted by CSL styles, exported, embedded. */
export { workFor, datasetWork, pinCiteFor, type Work, type CslItem, type PinCite } from './work';
export { formatReference, formatInText, CITATION_STYLES, IN_TEXT_STYLES, type CitationStyle, type Formatted } from './format';
export { EXPORT_WRITERS, toBibTeX, toRIS, toCSLJSON } from './exports';
export { highwireTags, coins } from './meta';
export { workOfPage } from './page';
