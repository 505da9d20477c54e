/** The access date citations give: the build's date (SOURCE_DATE_EPOCH makes builds reproducible). */
const epoch = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date();
export const BUILD_DATE = epoch.toISOString().slice(0, 10);
