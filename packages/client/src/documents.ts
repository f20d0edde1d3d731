import { type DocumentNode, Kind, type OperationDefinitionNode, print } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";

/** A typed GraphQL document, as the client preset (or any TypedDocumentNode tool) generates. */
export type KorbillDocument<TResult, TVariables> = TypedDocumentNode<TResult, TVariables>;

/**
 * The variables argument: optional when the operation has no required variable
 * (`Exact<{ [key: string]: never }>` or only optional ones), required otherwise.
 */
export type VariablesArgs<TVariables> =
  Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

/** What graphql-ws and HTTP send: the printed query and its operation name. */
export interface PreparedOperation {
  query: string;
  operationName: string | undefined;
  /** Whether the operation declares `$after` (it can resume from a cursor). */
  acceptsAfter: boolean;
  /**
   * The document's id in a trusted-documents manifest: `__meta__.hash` (or `documentId`), which
   * the client preset adds with `persistedDocuments`; sent as `documentId` next to the text.
   */
  documentId: string | undefined;
}

const prepared = new WeakMap<DocumentNode, PreparedOperation>();

/** Prints a document once and remembers what the client needs to know about it. */
export function prepare(document: DocumentNode): PreparedOperation {
  let op = prepared.get(document);
  if (!op) {
    const operation = document.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    const meta = (document as { __meta__?: { hash?: unknown; documentId?: unknown } }).__meta__;
    const id = meta?.hash ?? meta?.documentId;
    op = {
      // `replaceDocumentWithHash` leaves no definitions: the id alone names the document.
      query: document.definitions.length ? print(document) : "",
      documentId: typeof id === "string" && id ? id : undefined,
      operationName: operation?.name?.value,
      acceptsAfter: Boolean(
        operation?.variableDefinitions?.some((v) => v.variable.name.value === "after"),
      ),
    };
    prepared.set(document, op);
  }
  return op;
}
