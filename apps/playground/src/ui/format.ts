const number = new Intl.NumberFormat("ko-KR");

/** 12345 -> "12,345" (Korean grouping). */
export function formatNumber(n: number): string {
  return number.format(n);
}

/** Milliseconds as seconds with one decimal: 12345 -> "12.3 s". */
export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** An ISO-8601 time as HH:mm:ss in Korea (the gateway sends +09:00 times). */
export function formatTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Date(ms + 9 * 3_600_000).toISOString().slice(11, 19);
}

/** An ISO-8601 time as `yyyy-MM-dd HH:mm:ss` in Korea (the gateway sends +09:00 times). */
export function formatDateTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Date(ms + 9 * 3_600_000).toISOString().slice(0, 19).replace("T", " ");
}
