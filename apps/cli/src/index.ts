/**
 * @korbill/cli: the `korbill` command. `korbill keys` manages API keys (the gateway's own CLI);
 * `korbill cashbills import|template` issues a day's cash receipts from a CSV or Excel file
 * over the gateway's public GraphQL API.
 */
export { runKorbill } from "./run.js";
export { runCashbills, CASHBILLS_USAGE } from "./cashbills/command.js";
export { type ImportOptions, EXIT } from "./cashbills/import.js";
export { COLUMNS, RESULT_HEADERS } from "./cashbills/columns.js";
export { ENUM_VALUES } from "./cashbills/values.js";
export { chunkSubmitId } from "./cashbills/chunks.js";
export { TEMPLATE_HEADERS, templateRows } from "./cashbills/template.js";
export type { Io } from "./cashbills/progress.js";
