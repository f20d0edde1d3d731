/**
 * 11:00 KST of the day after `issuedAt` (ISO-8601 with +09:00, as korbill reports times), the
 * time POPBiLL's filing results arrive (seed 001); null without an issue time.
 */
export function expectedFilingResultAt(issuedAt: string | null | undefined): string | null {
  if (!issuedAt) return null;
  const ms = Date.parse(issuedAt);
  if (!Number.isFinite(ms)) return null;
  const kstDay = new Date(ms + 9 * 3_600_000).toISOString().slice(0, 10);
  const next = new Date(Date.parse(`${kstDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return `${next}T11:00:00+09:00`;
}
