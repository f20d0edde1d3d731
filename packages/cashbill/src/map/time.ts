import {
  fromKstCompact,
  isoDateToCompact,
  kstCompactToIso,
  toKstCompact,
} from "@korbill/core-domain";

/** ISO-8601 instant with offset -> KST `yyyyMMddHHmmss` (fractions of a second dropped). */
export function isoToKstCompact(iso: string): string {
  return toKstCompact(new Date(iso));
}

/** ISO date `yyyy-MM-dd` -> `yyyyMMdd`; throws on a malformed date (validate first). */
export function isoDateToWire(isoDate: string): string {
  const compact = isoDateToCompact(isoDate);
  if (compact === null) throw new TypeError(`not an ISO date: ${JSON.stringify(isoDate)}`);
  return compact;
}

/** KST `yyyyMMddHHmmss` -> ISO with +09:00; null when absent or malformed. */
export function wireTimeToIso(value: string | null | undefined): string | null {
  return kstCompactToIso(value);
}

/** KST `yyyyMMdd` (or a longer compact time) -> ISO date `yyyy-MM-dd`; null when absent or malformed. */
export function wireDateToIso(value: string | null | undefined): string | null {
  if (!value || fromKstCompact(value) === null) return null;
  return `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`;
}

/** A wire amount (digit string, or a number) -> number; null when absent or not a number. */
export function wireAmount(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === "") return null;
  const n = typeof value === "number" ? value : Number(value.trim());
  return Number.isFinite(n) ? n : null;
}

/** A wire amount that GraphQL exposes as `Int`: null unless a safe 32-bit integer. */
export function wireIntAmount(value: string | number | null | undefined): number | null {
  const n = wireAmount(value);
  return n !== null && Number.isInteger(n) && Math.abs(n) <= 2_147_483_647 ? n : null;
}
