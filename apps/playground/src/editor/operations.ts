import { type DocumentNode, Kind, type OperationDefinitionNode, parse } from "graphql";

/** The operations of a document, or none when it does not parse. */
function operationsOf(document: DocumentNode | string): OperationDefinitionNode[] {
  let ast: DocumentNode;
  try {
    ast = typeof document === "string" ? parse(document) : document;
  } catch {
    return [];
  }
  return ast.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
}

/**
 * What to tell someone who pasted several operations of which some have no name (the
 * README's "Using it" block is a mutation and a subscription, both anonymous): GraphQL can
 * run none of them until each has a name. Null when the document is fine.
 */
export function anonymousOperationsHint(document: DocumentNode | string): string | null {
  const operations = operationsOf(document);
  const anonymous = operations.filter((o) => !o.name);
  if (operations.length < 2 || anonymous.length === 0) return null;
  const kinds = anonymous.map((o) => o.operation).join(" and ");
  const example = anonymous.map((o, i) => `${o.operation} ${suggestName(o, i)} { … }`).join(", ");
  return (
    `This document has ${operations.length} operations and ${anonymous.length} without a name ` +
    `(${kinds}). GraphQL runs one operation at a time, chosen by name, so give each a name ` +
    `(e.g. ${example}) and pick one with the run button, or open the named examples in the tabs.`
  );
}

function suggestName(operation: OperationDefinitionNode, index: number): string {
  const field = operation.selectionSet.selections.find((s) => s.kind === Kind.FIELD);
  const base =
    field && field.kind === Kind.FIELD ? field.name.value : `${operation.operation}${index + 1}`;
  return base.charAt(0).toUpperCase() + base.slice(1);
}

/** Whether the operation GraphiQL is about to run is a subscription. */
export function isSubscription(document: DocumentNode | string, operationName?: string | null) {
  const operations = operationsOf(document);
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  return operation?.operation === "subscription";
}
