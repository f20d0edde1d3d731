import type { KeyLimits } from "@korbill/core-tenancy";

/** `korbill keys limit` options (`parseArgs` syntax). */
export const KEY_LIMIT_OPTIONS = {
  "ops-per-second": { type: "string" },
  "ops-burst": { type: "string" },
  "upstream-per-second": { type: "string" },
  "upstream-burst": { type: "string" },
  default: { type: "boolean" },
} as const;

const FIELDS = {
  "ops-per-second": "opsPerSecond",
  "ops-burst": "opsBurst",
  "upstream-per-second": "upstreamPerSecond",
  "upstream-burst": "upstreamBurst",
} as const;

/**
 * The limits to store from the CLI options: each given number (a positive integer); with
 * `--default`, the unnamed ones go back to the key kind's defaults.
 */
export function keyLimitsFrom(values: Record<string, unknown>): KeyLimits {
  const limits: KeyLimits = {};
  for (const [option, field] of Object.entries(FIELDS)) {
    const raw = values[option];
    if (raw === undefined) {
      if (values.default) limits[field] = null;
      continue;
    }
    const n = Number(raw);
    if (!Number.isSafeInteger(n) || n < 1)
      throw new Error(`--${option} must be a positive integer (got "${String(raw)}")`);
    limits[field] = n;
  }
  if (!Object.keys(limits).length)
    throw new Error("name a limit (--ops-per-second, --upstream-per-second, ...) or --default");
  return limits;
}

/** ` limits: ops 5/s burst 10` for `keys list`, or nothing for a key on its kind's defaults. */
export function describeKeyLimits(limits: KeyLimits): string {
  const parts = Object.entries(FIELDS)
    .filter(([, field]) => limits[field] !== null && limits[field] !== undefined)
    .map(([option, field]) => `${option} ${limits[field]}`);
  return parts.length ? `  limits: ${parts.join(", ")}` : "";
}
