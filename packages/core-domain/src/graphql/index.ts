export { selectedFields } from "./selection.js";
