/**
 * @korbill/cli: the `korbill` command. `korbill keys` manages API keys (the gateway's own CLI);
 * `korbill cashbills import|template` issues a day's cash receipts from a CSV or Excel file
 * over the gateway's public GraphQL API.
 */
export { runKorbill } from "./run.js";
export { runCashbills, CASHBILLS_USAGE } from "./cashbills/command.js";
export { type ImportOptions, EXIT } from "./cashbills/import.js";
export { COLUMNS, ENUM_VALUES, RESULT_HEADERS, chunkSubmitId } from "@korbill/cashbill-import";
export { TEMPLATE_HEADERS, templateRows } from "./cashbills/template.js";
export type { Io } from "./cashbills/progress.js";
