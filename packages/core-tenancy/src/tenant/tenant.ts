/** What a korbill API key is allowed to do. */
export type TenantKind = "member" | "partner";

/**
 * The party behind a korbill API key. A member key acts for its own CorpNums; a partner key may
 * act for any member business of the partner (named per call), and alone may use partner-only
 * operations such as the partner balance.
 */
export interface Tenant {
  /** The API key's id (`key_...`), never the secret. */
  keyId: string;
  kind: TenantKind;
  name: string;
  stage: string;
  /** Member: the CorpNums it is bound to (first = default). Partner: optional default CorpNums. */
  corpNums: string[];
  /** POPBiLL UserID sent as `x-pb-userid` for this tenant's calls, if any. */
  userId: string | null;
  /** Rate limits set for this key (`korbill keys limit`); unset ones use the kind's defaults. */
  limits?: KeyLimits;
}

/** Per-key rate limits, each a token bucket: a sustained rate per second and a burst. */
export interface KeyLimits {
  opsPerSecond?: number | null;
  opsBurst?: number | null;
  upstreamPerSecond?: number | null;
  upstreamBurst?: number | null;
}

/** A 10-digit business registration number without dashes. */
export const CORP_NUM_PATTERN = /^\d{10}$/;

/** Why a CorpNum could not be chosen for a call. */
export class CorpNumError extends Error {
  constructor(
    message: string,
    readonly reason: "missing" | "invalid" | "forbidden",
  ) {
    super(message);
    this.name = "CorpNumError";
  }
}

/**
 * Chooses the member business a call acts for: the named one if the tenant may act for it,
 * else the key's default. Throws `CorpNumError` with a reason the gateway maps to a GraphQL code.
 */
export function resolveCorpNum(tenant: Tenant, requested?: string | null): string {
  if (requested !== undefined && requested !== null) {
    const corpNum = requested.replaceAll("-", "");
    if (!CORP_NUM_PATTERN.test(corpNum)) {
      throw new CorpNumError(`corpNum must be 10 digits (got "${requested}")`, "invalid");
    }
    if (tenant.kind === "partner" || tenant.corpNums.includes(corpNum)) return corpNum;
    throw new CorpNumError(`this API key may not act for corpNum ${corpNum}`, "forbidden");
  }
  const fallback = tenant.corpNums[0];
  if (!fallback) {
    throw new CorpNumError(
      "corpNum is required: this partner key has no default member",
      "missing",
    );
  }
  return fallback;
}
