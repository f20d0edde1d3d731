import { graphql } from "../generated/gql.js";

/** Asks POPBiLL to crawl HomeTax; progress arrives on `hometaxJobEvents`. */
export const RequestHometaxJobDocument = graphql(`
  mutation RequestHometaxJob($input: HometaxJobRequestInput!, $corpNum: String) {
    requestHometaxJob(input: $input, corpNum: $corpNum) {
      jobId
      service
      status
      jobState
      direction
      dateType
      from
      to
      requestedAt
      expiresAt
    }
  }
`);

/** Crawl-job events: REQUESTED, PROGRESS, COMPLETED or FAILED, EXPIRED; resumable. */
export const HometaxJobEventsDocument = graphql(`
  subscription HometaxJobEvents($after: String, $jobId: String, $corpNum: String) {
    hometaxJobEvents(after: $after, jobId: $jobId, corpNum: $corpNum) {
      cursor
      type
      jobId
      service
      status
      jobState
      collectCount
      errorCode
      errorReason
      at
    }
  }
`);
