/** `npm run content:fidelity`: lists the text blocks of the report chapters not found in their source. */
import { loadLibraryFromDisk } from '../src/content/disk';
import { checkReportFidelity } from '../src/content/report-fidelity';

const lib = loadLibraryFromDisk(process.argv[2] ?? process.cwd());
const { checked, failures } = checkReportFidelity({ ...lib, reports: lib.checked.reports });
for (const f of failures) console.log(`${f.file}: ${f.text}\n  ${f.context}`);
console.log(`${failures.length} of ${checked} text blocks not found in their source`);
process.exit(failures.length ? 1 : 0);
