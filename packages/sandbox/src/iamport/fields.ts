import { type IamportBody } from "./body.js";
import { badParameter, missing } from "./reply.js";

/**
 * A string field; numbers are turned into text (form bodies and loose JSON clients),
 * and an empty string counts as absent [INF].
 */
export function textField(body: IamportBody, name: string): string | undefined {
  const value = body[name];
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") return undefined;
  return value === "" ? undefined : value;
}

/** A numeric field (a JSON number or numeric text); a malformed value is a 400 [INF]. */
export function numberField(body: IamportBody, name: string): number | undefined {
  const value = body[name];
  if (value === undefined || value === null || value === "") return undefined;
  const number = typeof value === "number" ? value : Number(value);
  if (typeof value === "boolean" || typeof value === "object" || !Number.isFinite(number))
    throw badParameter(`${name}은(는) 숫자여야 합니다.`);
  return number;
}

/** A boolean field: `true`, `"true"`, `1` or `"1"` are true [INF]. */
export function booleanField(body: IamportBody, name: string): boolean {
  const value = body[name];
  return value === true || value === 1 || value === "true" || value === "1";
}

/** A list field; a lone string counts as a one-element list [INF]. */
export function listField(body: IamportBody, name: string): unknown[] | undefined {
  const value = body[name];
  if (value === undefined || value === null || value === "") return undefined;
  return Array.isArray(value) ? (value as unknown[]) : [value];
}

/** `custom_data` as text: objects sent by loose clients are serialized [INF]. */
export function customDataField(body: IamportBody): string | null {
  const value = body["custom_data"];
  if (value === undefined || value === null || value === "") return null;
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** A positive amount, required. */
export function amountField(body: IamportBody, name = "amount"): number {
  const amount = numberField(body, name);
  if (amount === undefined) throw missing(name);
  if (amount <= 0) throw badParameter(`${name}은(는) 0보다 커야 합니다.`); // [INF]
  return amount;
}
