/**
 * The day-end cash-receipt import's logic without Node: `korbill cashbills import` (apps/cli)
 * and the playground's import view both use it, so the same file gives the same validation,
 * the same chunks and the same SubmitIDs on either side, and a re-run from either never issues
 * a receipt twice.
 */
export * from "./columns.js";
export * from "./values.js";
export * from "./rules.js";
export * from "./normalize.js";
export * from "./chunks.js";
export * from "./outcomes.js";
export * from "./plan.js";
export * from "./progress.js";
export * from "./send.js";
export * from "./tracker.js";
export * from "./gateway-facts.js";
export * from "./result.js";
export * from "./text.js";
