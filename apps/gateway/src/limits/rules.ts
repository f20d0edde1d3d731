import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  type GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { limitError } from "./limit-error.js";
import { DocumentMeasure } from "./measure.js";
import type { LimitReason, OperationLimits } from "./operation-limits.js";

type DocumentLimits = Pick<
  OperationLimits,
  "maxOperations" | "maxAliases" | "maxDirectives" | "maxDepth" | "maxCost" | "maxFieldRepeats"
>;

/**
 * Operation count, depth, cost and repeated fields, all decided when the visit enters the
 * document, before any other rule has descended into it. Over a limit it throws (rather than
 * reporting), which stops graphql-js's `validate` at once: nothing else is spent on a refused
 * document. `pipeline/validate.ts` turns the thrown error into the answer.
 */
function documentLimitsRule(
  limits: DocumentLimits,
  variables?: Record<string, unknown>,
  measured?: (m: DocumentMeasure) => void,
) {
  return (ctx: ValidationContext): ASTVisitor => ({
    Document(doc) {
      const operations: OperationDefinitionNode[] = [];
      const fragments: FragmentDefinitionNode[] = [];
      for (const def of doc.definitions) {
        if (def.kind === Kind.OPERATION_DEFINITION) operations.push(def);
        else if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.push(def);
      }
      if (operations.length > limits.maxOperations) {
        throw limitError(
          "OPERATIONS",
          `the document has ${operations.length} operations; the limit is ${limits.maxOperations}`,
        );
      }
      const measure = new DocumentMeasure(ctx.getSchema(), fragments, variables);
      for (const op of operations) {
        const { depth, cost } = measure.operation(op);
        if (depth > limits.maxDepth) {
          throw limitError("DEPTH", `query depth ${depth} exceeds the limit of ${limits.maxDepth}`);
        }
        if (cost > limits.maxCost) {
          throw limitError(
            "COST",
            `query cost ${shown(cost)} exceeds the limit of ${limits.maxCost}`,
          );
        }
      }
      if (measure.maxRepeats > limits.maxFieldRepeats) {
        throw limitError(
          "FIELD_REPEATS",
          `one selection set selects a response name ${measure.maxRepeats} times; the limit is ${limits.maxFieldRepeats}`,
        );
      }
      measured?.(measure);
    },
  });
}

function shown(n: number): string {
  return Number.isSafeInteger(n) ? String(n) : "more than 2^53";
}

/** graphql-armor's rejection, re-thrown as our limit error (its own says "Syntax Error"). */
function rethrowAs(reason: LimitReason) {
  return (_ctx: unknown, error: GraphQLError) => {
    throw limitError(reason, error.message.replace(/^Syntax Error: /, ""));
  };
}

/**
 * The operation-limit rules, to run before graphql-js's own rules (see `validation.ts`).
 * Aliases and directives are graphql-armor's rules (each fragment counted once and remembered,
 * checked when the visit enters an operation); every alias counts, `__typename` too.
 */
export function operationLimitRules(
  limits: DocumentLimits,
  variables?: Record<string, unknown>,
  measured?: (m: DocumentMeasure) => void,
): ValidationRule[] {
  return [
    documentLimitsRule(limits, variables, measured),
    maxAliasesRule({
      n: limits.maxAliases,
      allowList: [],
      propagateOnRejection: false,
      onReject: [rethrowAs("ALIASES")],
    }),
    maxDirectivesRule({
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [rethrowAs("DIRECTIVES")],
    }),
  ];
}
