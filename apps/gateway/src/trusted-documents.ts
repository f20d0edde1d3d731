import { readFileSync } from "node:fs";
import { GraphQLError } from "graphql";
import { ErrorCode } from "@korbill/error-codes";

/**
 * `off`: documents are run as sent (ids are not understood). `allow`: a document id from a
 * manifest runs its document; any other document runs too. `only`: only documents named by an
 * id from a manifest run; a document's text is refused.
 */
export type TrustedDocumentsMode = "off" | "allow" | "only";

/** The trusted-documents settings (`KORBILL_TRUSTED_DOCUMENTS`, `..._MANIFESTS`). */
export interface TrustedDocumentsConfig {
  mode: TrustedDocumentsMode;
  /** The manifest files read at start (comma-separated in the environment). */
  manifests: string[];
  /** Every document of every manifest, by id (hash). */
  documents: ReadonlyMap<string, string>;
}

/** `extensions.code` of a document sent as text while only trusted documents run. */
const TRUSTED_DOCUMENT_REQUIRED_CODE = ErrorCode.TRUSTED_DOCUMENT_REQUIRED;
/** `extensions.code` of a document id in no manifest (Apollo's code: its links know it). */
const PERSISTED_QUERY_NOT_FOUND_CODE = ErrorCode.PERSISTED_QUERY_NOT_FOUND;

/** Reads the settings; bad values and unreadable manifests are pushed onto `problems`. */
export function trustedDocumentsFrom(
  env: Record<string, string | undefined>,
  problems: string[],
): TrustedDocumentsConfig {
  const manifests = (env.KORBILL_TRUSTED_DOCUMENTS_MANIFESTS ?? "")
    .split(",")
    .map((path) => path.trim())
    .filter(Boolean);
  const mode = env.KORBILL_TRUSTED_DOCUMENTS || (manifests.length ? "allow" : "off");
  if (mode !== "off" && mode !== "allow" && mode !== "only") {
    problems.push(`KORBILL_TRUSTED_DOCUMENTS must be off, allow or only (got "${mode}")`);
    return { mode: "off", manifests, documents: new Map() };
  }
  if (mode !== "off" && !manifests.length) {
    problems.push(`KORBILL_TRUSTED_DOCUMENTS=${mode} needs KORBILL_TRUSTED_DOCUMENTS_MANIFESTS`);
  }
  const documents = new Map<string, string>();
  for (const path of mode === "off" ? [] : manifests) {
    try {
      for (const [id, document] of manifestEntries(JSON.parse(readFileSync(path, "utf8"))))
        documents.set(id, document);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      problems.push(`KORBILL_TRUSTED_DOCUMENTS_MANIFESTS: cannot read ${path}: ${reason}`);
    }
  }
  return { mode, manifests, documents };
}

/**
 * A manifest's entries: GraphQL Code Generator's client preset writes `persisted-documents.json`
 * as `{ "<hash>": "<document>" }`; Apollo's generator writes
 * `{ "format": "apollo-persisted-query-manifest", "operations": [{ "id", "body" }] }`.
 */
function manifestEntries(manifest: unknown): [string, string][] {
  if (typeof manifest !== "object" || manifest === null || Array.isArray(manifest))
    throw new Error("a manifest is a JSON object");
  const m = manifest as Record<string, unknown>;
  const pairs: [unknown, unknown][] =
    m.format === "apollo-persisted-query-manifest" && Array.isArray(m.operations)
      ? m.operations.map((op: { id?: unknown; body?: unknown }) => [op?.id, op?.body])
      : Object.entries(m);
  return pairs.map(([id, document]) => {
    if (typeof id !== "string" || !id || typeof document !== "string" || !document)
      throw new Error(`entry ${JSON.stringify(id)} is not an id with a document`);
    return [id, document];
  });
}

/** What a client sent: the text, the GraphQL-over-HTTP `documentId`, the `extensions`. */
export interface DocumentRequest {
  query?: unknown;
  documentId?: unknown;
  extensions?: unknown;
}

/**
 * The document id of a request: `documentId` (the persisted-documents shape, `sha256:<hash>`
 * or the bare hash), or Apollo's `extensions.persistedQuery.sha256Hash`.
 */
export function documentIdOf(request: DocumentRequest): string | undefined {
  if (typeof request.documentId === "string" && request.documentId)
    return request.documentId.replace(/^(sha256|sha1|sha512):/, "");
  const persisted = (request.extensions as { persistedQuery?: { sha256Hash?: unknown } })
    ?.persistedQuery;
  return typeof persisted?.sha256Hash === "string" && persisted.sha256Hash
    ? persisted.sha256Hash
    : undefined;
}

/**
 * The document a request runs, by the one rule both transports apply: an id from a manifest
 * runs the manifest's document (whatever text came with it); an unknown id is
 * PERSISTED_QUERY_NOT_FOUND unless text came with it in `allow` mode; text without a known id
 * is refused in `only` mode (TRUSTED_DOCUMENT_REQUIRED). `{ query: undefined }` = nothing to run
 * (the transport answers as it does for a missing query).
 */
export function resolveDocument(
  trusted: Pick<TrustedDocumentsConfig, "mode" | "documents">,
  request: DocumentRequest,
): { query: string | undefined; byId: boolean } | { error: GraphQLError } {
  const text = typeof request.query === "string" && request.query ? request.query : undefined;
  if (trusted.mode === "off") return { query: text, byId: false };
  const id = documentIdOf(request);
  const known = id === undefined ? undefined : trusted.documents.get(id);
  if (known !== undefined) return { query: known, byId: true };
  if (id !== undefined && (text === undefined || trusted.mode === "only")) {
    return {
      error: new GraphQLError(`no trusted document has the id "${id.slice(0, 128)}"`, {
        extensions: { code: PERSISTED_QUERY_NOT_FOUND_CODE },
      }),
    };
  }
  if (trusted.mode === "only" && text !== undefined) {
    return {
      error: new GraphQLError(
        "this gateway runs only trusted documents: send the id of a document from a deployed manifest (documentId, or extensions.persistedQuery.sha256Hash), not its text",
        { extensions: { code: TRUSTED_DOCUMENT_REQUIRED_CODE } },
      ),
    };
  }
  return { query: text, byId: false };
}
