/**
 * Case-insensitive access to a JSON object's fields, as the real server apparently
 * matches keys (popbill.md §2.3: examples send `ContactName`, SDKs `contactName`). An
 * exact-case key wins over other spellings; `null`, missing and `""` all read as absent
 * (the Node SDK drops empty strings, Java keeps them).
 */
export class FieldReader {
  readonly #object: Record<string, unknown>;
  readonly #lower = new Map<string, string>();

  /** Indexes the object's keys once (cheap enough for 100 receipts per bulk). */
  constructor(object: Record<string, unknown>) {
    this.#object = object;
    for (const key of Object.keys(object)) {
      const lower = key.toLowerCase();
      if (!this.#lower.has(lower)) this.#lower.set(lower, key);
    }
  }

  /** The raw value; `undefined` for missing, `null` or `""`. */
  value(name: string): unknown {
    const key = Object.hasOwn(this.#object, name) ? name : this.#lower.get(name.toLowerCase());
    const value = key === undefined ? undefined : this.#object[key];
    return value === null || value === "" ? undefined : value;
  }

  /** The value as text (numbers and booleans stringified); `undefined` when absent or not scalar. */
  text(name: string): string | undefined {
    const value = this.value(name);
    if (typeof value === "string") return value;
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    return undefined;
  }

  /** A boolean (`true`/`false`, also as strings); `fallback` when absent or unreadable. */
  bool(name: string, fallback: boolean): boolean {
    const value = this.value(name);
    if (typeof value === "boolean") return value;
    if (value === "true" || value === "false") return value === "true";
    return fallback;
  }

  /**
   * A whole number given as digits (`"10000"`, as the SDKs send amounts) or a JSON number:
   * `missing` when absent, `invalid` when not a whole number.
   */
  integer(name: string): number | "missing" | "invalid" {
    const value = this.value(name);
    if (value === undefined) return "missing";
    if (typeof value === "number") return Number.isSafeInteger(value) ? value : "invalid";
    if (typeof value === "string" && /^-?\d{1,15}$/.test(value.trim())) return Number(value.trim());
    return "invalid";
  }
}

/** Whether a parsed JSON value is a plain object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
