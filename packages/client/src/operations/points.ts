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

/** The member's POPBiLL site, already logged in (GetAccessURL); open within 30 seconds. */
export const PopbillAccessUrlDocument = graphql(`
  query PopbillAccessUrl($corpNum: String, $userId: String) {
    points(corpNum: $corpNum, userId: $userId) {
      accessUrl {
        url
        expiresAt
      }
    }
  }
`);

/** One of the member's POPBiLL pages (GetPopbillURL); open within 30 seconds. */
export const PopbillPageUrlDocument = graphql(`
  query PopbillPageUrl($page: PopbillPage!, $corpNum: String, $userId: String) {
    points(corpNum: $corpNum, userId: $userId) {
      popbillUrl(page: $page) {
        url
        expiresAt
      }
    }
  }
`);

/** One contact of a member business (GetContactInfo; partner keys). */
export const MemberContactDocument = graphql(`
  query MemberContact($id: String!, $corpNum: String, $userId: String) {
    memberContact(id: $id, corpNum: $corpNum, userId: $userId) {
      id
      name
      email
      tel
      role
      admin
      state
      registeredAt
    }
  }
`);

/** Deletes a member's contact (DeleteContact; partner keys; never retried). */
export const DeleteMemberContactDocument = graphql(`
  mutation DeleteMemberContact($id: String!, $corpNum: String!, $userId: String) {
    deleteMemberContact(id: $id, corpNum: $corpNum, userId: $userId) {
      success
      code
      message
    }
  }
`);

/** Takes a member business out of POPBiLL (QuitMember; partner keys; irreversible). */
export const QuitPopbillMemberDocument = graphql(`
  mutation QuitPopbillMember($corpNum: String!, $reason: String!, $userId: String) {
    quitPopbillMember(corpNum: $corpNum, reason: $reason, userId: $userId) {
      success
      code
      message
    }
  }
`);
