export { type Clock, ManualClock, type Sleep, systemClock, systemSleep } from "./clock/clock.js";
export { defined } from "./defined.js";
export * from "./domain-errors.js";
export * from "./kst.js";
export {
  MULTILINE_FIELDS,
  checkTextInput,
  rejectUnsafeText,
  unsafeTextProblem,
} from "./input/text-rule.js";
