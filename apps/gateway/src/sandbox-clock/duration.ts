const UNIT_MS = {
  w: 7 * 86_400_000,
  d: 86_400_000,
  h: 3_600_000,
  m: 60_000,
  s: 1_000,
  ms: 1,
} satisfies Record<string, number>;

const ISO = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;
const COMPACT = /(\d+(?:\.\d+)?)(ms|w|d|h|m|s)/gi;

/**
 * Milliseconds of a duration written as ISO-8601 (`PT30S`, `P1D`, `P1DT2H30M`; no years or
 * months, whose length varies) or compactly (`30s`, `90m`, `1d2h`, `500ms`); `undefined` when
 * it is neither.
 */
export function parseDuration(text: string): number | undefined {
  const value = text.trim();
  const iso = ISO.exec(value);
  if (iso && value.length > 1 && !/T$/i.test(value)) {
    const [, w = "0", d = "0", h = "0", m = "0", s = "0"] = iso;
    return Math.round(
      Number(w) * UNIT_MS.w +
        Number(d) * UNIT_MS.d +
        Number(h) * UNIT_MS.h +
        Number(m) * UNIT_MS.m +
        Number(s) * UNIT_MS.s,
    );
  }
  if (value === "" || value.replace(COMPACT, "") !== "") return undefined;
  let total = 0;
  // COMPACT's unit group matches only UNIT_MS keys.
  for (const [, amount, unit = ""] of value.matchAll(COMPACT))
    total += Number(amount) * UNIT_MS[unit.toLowerCase() as keyof typeof UNIT_MS];
  return Math.round(total);
}
