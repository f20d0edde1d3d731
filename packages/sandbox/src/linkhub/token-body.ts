import { field, parseJsonObject } from "../http/json.js";
import { LINKHUB_CODES, tokenGenerationFailed } from "./errors.js";
import { POPBILL_SCOPES } from "./scopes.js";

/** The token request body, after parsing. */
export interface TokenRequestBody {
  /** The member's CorpNum; `undefined` for a partner-level token (missing, null or ""). */
  readonly accessId: string | undefined;
  /** Requested scopes, in request order, without duplicates. */
  readonly scopes: readonly string[];
}

/**
 * Parses `{"access_id": ..., "scope": [...]}` in any JSON spelling (Node's compact form,
 * Python's spaced form, PascalCase keys); keys are matched case-insensitively.
 * Missing and `null` mean the same (popbill.md §2.3).
 */
export function parseTokenBody(rawBody: Buffer): TokenRequestBody {
  const body = parseJsonObject(rawBody, LINKHUB_CODES.tokenGenerationFailed);
  const accessId = field(body, "access_id");
  if (accessId !== undefined && accessId !== null && typeof accessId !== "string") {
    throw tokenGenerationFailed("access_id must be the member's CorpNum as a string", 400); // [INF] status not documented
  }
  return {
    accessId: accessId === null || accessId === "" ? undefined : accessId,
    scopes: parseScopes(field(body, "scope")),
  };
}

function parseScopes(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (
    !Array.isArray(value) ||
    !value.every((scope): scope is string => typeof scope === "string")
  ) {
    throw tokenGenerationFailed("scope must be an array of strings", 400); // [INF] status not documented
  }
  const unknown = value.filter((scope) => !POPBILL_SCOPES.has(scope));
  if (unknown.length > 0) {
    throw tokenGenerationFailed(`unknown scope ${unknown.join(", ")}`, 400); // [INF] that unknown scopes are refused
  }
  return [...new Set(value)];
}
