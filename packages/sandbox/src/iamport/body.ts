import { type SandboxRequest } from "../http/request.js";
import { badParameter } from "./reply.js";

/** A decoded request body: JSON as sent, or form fields nested by their brackets. */
export type IamportBody = Record<string, unknown>;

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Decodes a JSON or `application/x-www-form-urlencoded` body (iamport.md §1: every
 * operation declares both). Without a usable content type a body starting with `{` is
 * read as JSON, anything else as a form [INF]. An empty body is `{}`.
 */
export function parseBody(request: SandboxRequest): IamportBody {
  const raw = request.rawBody.toString("utf8");
  if (raw.trim() === "") return {};
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  const isForm = type.includes("application/x-www-form-urlencoded");
  const isJson = type.includes("json");
  if (isForm || (!isJson && !raw.trimStart().startsWith("{"))) return parseForm(raw);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    // [INF] message and status of a malformed body are sandbox choices
    throw badParameter("요청 본문(JSON)을 해석할 수 없습니다.");
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed))
    throw badParameter("요청 본문은 JSON 객체여야 합니다.");
  return parsed as IamportBody;
}

/**
 * Decodes form fields with PHP-style brackets: `schedules[0][merchant_uid]=x` becomes
 * `{schedules: [{merchant_uid: "x"}]}`, `merchant_uid[]=a&merchant_uid[]=b` an array.
 */
export function parseForm(raw: string): IamportBody {
  const root: IamportBody = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    const path = splitKey(key);
    if (path.some((part) => FORBIDDEN_KEYS.has(part))) continue;
    assign(root, path, value);
  }
  for (const [key, value] of Object.entries(root)) root[key] = toArrays(value);
  return root;
}

function splitKey(key: string): string[] {
  const open = key.indexOf("[");
  if (open <= 0 || !key.endsWith("]")) return [key];
  const inner = key.slice(open + 1, -1).split("][");
  return [key.slice(0, open), ...inner];
}

function assign(root: IamportBody, path: readonly string[], value: string): void {
  let node = root;
  for (const [index, part] of path.entries()) {
    const key = part === "" ? String(Object.keys(node).length) : part;
    if (index === path.length - 1) {
      node[key] = value;
      return;
    }
    const child = node[key];
    const next: IamportBody =
      child !== null && typeof child === "object" ? (child as IamportBody) : {};
    node[key] = next;
    node = next;
  }
}

/** Objects whose keys are all 0..n-1 become arrays, recursively. */
function toArrays(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  const object = value as IamportBody;
  for (const [key, child] of Object.entries(object)) object[key] = toArrays(child);
  const keys = Object.keys(object);
  const indexed = keys.length > 0 && keys.every((key) => /^(0|[1-9]\d*)$/.test(key));
  if (!indexed) return object;
  return keys
    .map(Number)
    .sort((a, b) => a - b)
    .map((index) => object[String(index)]);
}

/**
 * Values of a query array: `name[]=a&name[]=b` (iamport.md §1), also tolerating plain
 * repeated `name=a&name=b` and indexed `name[0]=a` [INF].
 */
export function queryList(query: URLSearchParams, name: string): string[] {
  const indexed = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\[\\d*\\]$`);
  const values: string[] = [];
  for (const [key, value] of query) {
    if (key === name || indexed.test(key)) values.push(value);
  }
  return values;
}
