import type { ApiKeyStore, Tenant } from "@korbill/core-tenancy";

/** Why a credential was refused. */
export class AuthenticationFailure extends Error {}

/** Takes the key from `Authorization: Bearer <key>` (or a bare key). */
function keyFromAuthorization(value: unknown): string | null {
  if (typeof value !== "string" || !value.trim()) return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(value.trim());
  return m?.[1] ?? (/^\S+$/.test(value.trim()) ? value.trim() : null);
}

/**
 * The tenant for a request: null when no credential was sent (public fields only), the
 * tenant for a valid key, an `AuthenticationFailure` for anything else. Shared by HTTP
 * and WebSocket so both paths accept exactly the same keys.
 */
export async function authenticate(
  store: ApiKeyStore,
  authorization: unknown,
): Promise<Tenant | null> {
  if (authorization === undefined || authorization === null || authorization === "") return null;
  const key = keyFromAuthorization(authorization);
  const tenant = key ? await store.authenticate(key) : null;
  if (!tenant) {
    throw new AuthenticationFailure("invalid or revoked korbill API key");
  }
  return tenant;
}
