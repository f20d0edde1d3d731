import { oldestKey } from "@korbill/core-domain";
import {
  type DocumentNode,
  type GraphQLError,
  NoSchemaIntrospectionCustomRule,
  type ParseOptions,
  type ValidationRule,
  parse,
} from "graphql";
import { limitError } from "./limits/limit-error.js";
import type { OperationLimits } from "./limits/operation-limits.js";
import type { DocumentMeasure } from "./limits/measure.js";
import { operationLimitRules } from "./limits/rules.js";
import {
  type DocumentRequest,
  type TrustedDocumentsConfig,
  resolveDocument,
} from "./trusted-documents.js";

/** What both transports need to refuse a document: built once, by {@link gatewayValidation}. */
export interface GatewayValidation {
  /** Options for every `parse` of a client's document (the token limit). */
  parseOptions: ParseOptions;
  /** `parse` with {@link parseOptions}, without locations, small documents kept parsed. */
  parse(query: string): DocumentNode;
  /** The limit error for a document too large to parse, or undefined. */
  checkSource(query: string): GraphQLError | undefined;
  /**
   * The operation-limit rules (run alone, by `pipeline/validate.ts`: they throw a limit error
   * when the visit enters the document or an operation). `variables` give page sizes to the cost.
   */
  limitRules(
    variables?: Record<string, unknown>,
    measured?: (m: DocumentMeasure) => void,
  ): ValidationRule[];
  /** Query texts that met every limit whatever their variables (no page size from one). */
  withinLimits: Set<string>;
  /** Rules beyond graphql-js's `specifiedRules` for documents within the limits. */
  rules(): ValidationRule[];
  /** Which documents may run: a manifest's by id, and text unless `only` ({@link trustedQuery}). */
  trustedDocuments: Pick<TrustedDocumentsConfig, "mode" | "documents">;
}

/**
 * What decides whether a document may run, built once for HTTP and WebSocket alike: document
 * bytes, tokens, operations, aliases, directives, depth and cost, then the introspection policy.
 * The pipeline's parse and validate steps (`pipeline/parse.ts`, `pipeline/validate.ts`) apply
 * them on both transports. Each limit check runs in time linear in the document.
 */
export function gatewayValidation(
  opts: OperationLimits & {
    introspection: boolean;
    trustedDocuments?: Pick<TrustedDocumentsConfig, "mode" | "documents">;
  },
): GatewayValidation {
  const checkSource = (query: string) => {
    // UTF-8 takes at most 3 bytes per UTF-16 unit: only a long text needs counting.
    if (query.length * 3 <= opts.maxDocumentBytes) return undefined;
    const bytes = Buffer.byteLength(query, "utf8");
    if (bytes <= opts.maxDocumentBytes) return undefined;
    return limitError(
      "DOCUMENT_BYTES",
      `the document has ${bytes} bytes; the limit is ${opts.maxDocumentBytes}`,
    );
  };
  const parseOptions = { maxTokens: opts.maxTokens };
  return {
    parseOptions,
    parse: parseCache(parseOptions),
    checkSource,
    limitRules: (variables, measured) => operationLimitRules(opts, variables, measured),
    withinLimits: new Set(),
    rules: () => (opts.introspection ? [] : [NoSchemaIntrospectionCustomRule]),
    trustedDocuments: opts.trustedDocuments ?? { mode: "off", documents: new Map() },
  };
}

/**
 * The first step on either transport, before the pipeline parses: the query text a request
 * runs, looked up by its document id in the trusted-documents manifests, or its own text
 * (refused with TRUSTED_DOCUMENT_REQUIRED when only trusted documents run).
 */
export function trustedQuery(
  v: GatewayValidation,
  request: DocumentRequest,
): { query: string | undefined; byId: boolean } | { errors: GraphQLError[] } {
  const resolved = resolveDocument(v.trustedDocuments, request);
  return "error" in resolved ? { errors: [resolved.error] } : resolved;
}

/** Documents up to this many characters are kept parsed (whole operations, not floods). */
const CACHED_QUERY_CHARS = 16_384;
/**
 * Parsed documents by query text, without source locations: every subscriber of the same
 * operation shares one AST instead of holding its own (most of an idle subscriber's memory),
 * and an HTTP request's limit check does not parse a known operation again.
 */
function parseCache(options: ParseOptions): (query: string) => DocumentNode {
  const documents = new Map<string, DocumentNode>();
  return (query) => {
    let document = documents.get(query);
    if (!document) {
      document = parse(query, { ...options, noLocation: true });
      if (query.length > CACHED_QUERY_CHARS) return document;
      if (documents.size >= 1_000) documents.delete(oldestKey(documents));
      documents.set(query, document);
    }
    return document;
  };
}
