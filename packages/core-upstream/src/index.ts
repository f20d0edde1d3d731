export * from "./upstream.js";
export { isUnavailable } from "./availability.js";
export { InFlight } from "./in-flight.js";
