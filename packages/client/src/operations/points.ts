import { graphql } from "../generated/gql.js";

/** A member business's POPBiLL points balance and its LOW_BALANCE threshold. */
export const PointsBalanceDocument = graphql(`
  query PointsBalance($corpNum: String) {
    points(corpNum: $corpNum) {
      corpNum
      balance
      lowBalanceThreshold
    }
  }
`);

/** Balance changes and LOW_BALANCE alerts; resumable (`after`, `cursor`). */
export const PointsEventsDocument = graphql(`
  subscription PointsEvents($after: String, $corpNum: String) {
    pointsEvents(after: $after, corpNum: $corpNum) {
      cursor
      type
      corpNum
      balance
      previousBalance
      delta
      threshold
      at
    }
  }
`);
