import { graphql } from "../generated/gql.js";

/** The API key in use: its id, name, kind, stage and the CorpNums it acts for. */
export const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      keyId
      tenant
      kind
      corpNums
      stage
    }
  }
`);
