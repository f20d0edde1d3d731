import { graphql } from "../generated/gql.js";

/** The gateway's clock (ISO-8601 +09:00), `count` ticks 100 ms apart; e.g. `count: 1` for "now". */
export const ClockDocument = graphql(`
  subscription Clock($count: Int) {
    clock(count: $count, intervalMs: 100) {
      now
      seq
    }
  }
`);
