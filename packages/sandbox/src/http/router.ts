import { type SandboxReply } from "./reply.js";
import { type SandboxRequest } from "./request.js";

/** A route handler: returns the reply or throws a `SandboxHttpError`. */
export type RouteHandler = (request: SandboxRequest) => SandboxReply | Promise<SandboxReply>;

/** One route: wire method + path pattern (+ `X-HTTP-Method-Override`). */
export interface RouteSpec {
  /** Wire method, e.g. `GET` or `POST`. */
  readonly method: string;
  /** Path pattern; `:name` matches one non-empty segment, e.g. `/:serviceId/Token`. */
  readonly path: string;
  /** Required `X-HTTP-Method-Override`; a route without one matches only requests without one. */
  readonly override?: string;
  /** Sandbox plumbing (control API): not logged and not subject to `before` hooks. */
  readonly internal?: boolean;
  /** The handler. */
  readonly handler: RouteHandler;
}

/** The outcome of {@link Router.resolve}. */
export type RouteMatch =
  | { readonly kind: "found"; readonly route: RouteSpec; readonly params: Record<string, string> }
  | { readonly kind: "not-found" }
  | { readonly kind: "method-not-allowed" };

interface CompiledRoute {
  readonly spec: RouteSpec;
  readonly segments: readonly string[];
}

/**
 * Dispatches on (method, override, path). Routes are tried in the order added, so add
 * literal paths (`/Time`) before patterns that could also match them.
 */
export class Router {
  readonly #routes: CompiledRoute[] = [];

  /** Adds a route. */
  add(spec: RouteSpec): this {
    const override = spec.override?.toUpperCase();
    this.#routes.push({
      spec: { ...spec, method: spec.method.toUpperCase(), override },
      segments: split(spec.path),
    });
    return this;
  }

  /** Finds the route for a request, telling an unknown path from a known path with the wrong verb. */
  resolve(method: string, override: string | undefined, path: string): RouteMatch {
    const segments = split(path);
    let pathKnown = false;
    for (const route of this.#routes) {
      const params = matchSegments(route.segments, segments);
      if (params === undefined) continue;
      pathKnown = true;
      if (
        route.spec.method === method.toUpperCase() &&
        route.spec.override === override?.toUpperCase()
      ) {
        return { kind: "found", route: route.spec, params };
      }
    }
    return pathKnown ? { kind: "method-not-allowed" } : { kind: "not-found" };
  }
}

function split(path: string): string[] {
  return path.split("/").slice(1);
}

function matchSegments(
  pattern: readonly string[],
  actual: readonly string[],
): Record<string, string> | undefined {
  if (pattern.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of pattern.entries()) {
    const value = actual[index] ?? "";
    if (part.startsWith(":")) {
      if (value === "") return undefined;
      params[part.slice(1)] = safeDecode(value);
    } else if (part !== value) {
      return undefined;
    }
  }
  return params;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
