import { type IncomingHttpHeaders } from "node:http";

/**
 * Read-only request headers looked up case-insensitively, as every upstream SDK spells
 * them differently (`x-pb-userid` vs `X-PB-UserID`, `Application/json`).
 */
export class HeaderBag {
  readonly #values: ReadonlyMap<string, string>;

  /** Wraps Node's (already lower-cased) header object; repeated headers are joined with ", ". */
  constructor(headers: IncomingHttpHeaders | Record<string, string>) {
    const values = new Map<string, string>();
    for (const [name, value] of Object.entries(headers)) {
      if (value === undefined) continue;
      values.set(name.toLowerCase(), Array.isArray(value) ? value.join(", ") : value);
    }
    this.#values = values;
  }

  /** The header's value, or `undefined` when it was not sent. */
  get(name: string): string | undefined {
    return this.#values.get(name.toLowerCase());
  }

  /** Whether the header was sent at all (even with an empty value). */
  has(name: string): boolean {
    return this.#values.has(name.toLowerCase());
  }

  /** A plain copy with lower-cased names, for the request log. */
  toRecord(): Record<string, string> {
    return Object.fromEntries(this.#values);
  }
}
