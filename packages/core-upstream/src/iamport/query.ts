/** Query values; arrays become `name[]=a&name[]=b`, undefined is left out. */
export type IamportQuery = Record<
  string,
  string | number | boolean | readonly (string | number)[] | undefined
>;

/**
 * Serialises a query string the way i'mport documents it (iamport.md §1, §10): bracket
 * arrays, brackets in names kept literal (`extra[requester]`), values percent-encoded.
 * Returns "" or a string starting with `?`.
 */
export function iamportQueryString(query: IamportQuery | undefined): string {
  const pairs: string[] = [];
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      for (const item of value as readonly (string | number)[])
        pairs.push(`${encodeName(name)}[]=${encodeURIComponent(item)}`);
    } else {
      pairs.push(`${encodeName(name)}=${encodeURIComponent(value as string | number | boolean)}`);
    }
  }
  return pairs.length === 0 ? "" : `?${pairs.join("&")}`;
}

function encodeName(name: string): string {
  return encodeURIComponent(name).replace(/%5B/gi, "[").replace(/%5D/gi, "]");
}
