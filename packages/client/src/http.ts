import type { DocumentNode } from "graphql";
import { KorbillError } from "./errors.js";
import { prepare } from "./documents.js";
import { ErrorCode } from "@korbill/error-codes";

/** What an HTTP operation needs from the client. */
export interface HttpTransport {
  url: string;
  apiKey: string;
  fetch: typeof fetch;
}

/**
 * POSTs one operation (`Authorization: Bearer <key>`) and returns its `data`, or throws a
 * `KorbillError` carrying every GraphQL error (NETWORK_ERROR when nothing came back,
 * BAD_RESPONSE when what came back is not a GraphQL response). Never retried: a mutation
 * that may have run is the caller's to reconcile (korbill's SubmitID and mgtKey make
 * resubmitting them safe).
 */
export async function postOperation(
  transport: HttpTransport,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): Promise<unknown> {
  const { query, operationName, documentId } = prepare(document);
  let response: Response;
  try {
    response = await transport.fetch(transport.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
        authorization: `Bearer ${transport.apiKey}`,
      },
      // With a documentId, a gateway that runs only trusted documents runs its manifest's text.
      body: JSON.stringify({ query, documentId, operationName, variables: variables ?? {} }),
    });
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new KorbillError(
      `could not reach ${transport.url}: ${reason}`,
      ErrorCode.NETWORK_ERROR,
      [],
      {
        cause,
      },
    );
  }
  const status = response.status;
  let body: { data?: unknown; errors?: unknown };
  try {
    body = (await response.json()) as typeof body;
  } catch (cause) {
    throw new KorbillError(
      `HTTP ${status} without a GraphQL response`,
      ErrorCode.BAD_RESPONSE,
      [],
      {
        status,
        cause,
      },
    );
  }
  if (Array.isArray(body.errors) && body.errors.length) {
    throw KorbillError.fromGraphQLErrors(body.errors, { status, data: body.data });
  }
  if (body.data === undefined || body.data === null) {
    throw new KorbillError(`HTTP ${status} without data`, ErrorCode.BAD_RESPONSE, [], { status });
  }
  return body.data;
}
