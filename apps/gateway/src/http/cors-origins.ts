/**
 * Reads `KORBILL_CORS_ORIGINS`: a comma-separated list of origins (`scheme://host[:port]`,
 * no path) whose pages may call `/graphql` over HTTP and WebSocket. Each entry must be an
 * exact origin; a bad one is added to `problems`.
 */
export function corsOriginsFrom(raw: string | undefined, problems: string[]): string[] {
  const origins: string[] = [];
  for (const entry of (raw ?? "").split(",").map((s) => s.trim())) {
    if (!entry) continue;
    let url: URL | undefined;
    try {
      url = new URL(entry);
    } catch {
      url = undefined;
    }
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== entry.replace(/\/$/, "")) {
      problems.push(
        `KORBILL_CORS_ORIGINS must list origins like https://app.example.com (got "${entry}")`,
      );
      continue;
    }
    origins.push(url.origin);
  }
  return origins;
}

/**
 * Whether a browser page of `origin` may use the gateway: an origin of the allowlist, or the
 * gateway's own (the page it serves, the playground, or a dev proxy that keeps the Host
 * header), recognised as an Origin whose host is the request's Host. No Origin at all is a
 * client outside a browser (curl, a server, Node), which CORS does not concern.
 */
export function originAllowed(
  origin: string | undefined,
  host: string | undefined,
  allowlist: ReadonlySet<string>,
): boolean {
  if (origin === undefined) return true;
  if (allowlist.has(origin)) return true;
  try {
    return host !== undefined && new URL(origin).host === host.toLowerCase();
  } catch {
    return false;
  }
}
