/** The data releases published so far (content/published/data-releases/*.json, written by `npm run data:release`). */
import type { Snapshot } from './releases';
import { byVersion } from './releases';

const files = import.meta.glob<Snapshot>('/content/published/data-releases/*.json', { eager: true, import: 'default' });
export const SNAPSHOTS: Snapshot[] = Object.values(files).sort(byVersion);
export const LATEST: Snapshot | undefined = SNAPSHOTS.at(-1);
