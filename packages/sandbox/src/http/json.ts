import { SANDBOX_CODES, SandboxHttpError } from "./errors.js";

/** Parses a raw body as a JSON object; throws a 400 `{code, message}` error otherwise. */
export function parseJsonObject(
  rawBody: Buffer,
  code: number = SANDBOX_CODES.invalidRequest,
): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(rawBody.toString("utf8"));
  } catch (error) {
    // [INF] status not documented
    throw new SandboxHttpError(400, code, `body is not valid JSON: ${(error as Error).message}`);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new SandboxHttpError(400, code, "body must be a JSON object");
  }
  return parsed as Record<string, unknown>;
}

/**
 * Reads a JSON field whose key is matched case-insensitively, as the real server
 * apparently does (popbill.md §2.3: examples send `ContactName`, SDKs `contactName`).
 * An exact-case key wins over other spellings.
 */
export function field(object: Record<string, unknown>, name: string): unknown {
  if (Object.hasOwn(object, name)) return object[name];
  const lower = name.toLowerCase();
  const key = Object.keys(object).find((candidate) => candidate.toLowerCase() === lower);
  return key === undefined ? undefined : object[key];
}
