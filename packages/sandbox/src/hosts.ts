import { addControlRoutes } from "./control/routes.js";
import { type HostKind } from "./http/request.js";
import { type RequestLog } from "./http/request-log.js";
import { Router } from "./http/router.js";
import { addLinkhubRoutes } from "./linkhub/routes.js";

/** Base URLs of the running emulated hosts. Later: `popbillUrl`, `iamportUrl`. */
export interface SandboxUrls {
  /** The Linkhub auth host (token, `/Time`, points), also serving the control API. */
  readonly authUrl: string;
}

/** Ports to listen on, per host; 0 or absent picks a free port. */
export interface SandboxPorts {
  /** Port of the auth host. */
  readonly auth?: number;
}

/** How one emulated upstream host is assembled. */
export interface HostDefinition {
  /** Host kind, as recorded in the request log. */
  readonly kind: HostKind;
  /** Where its URL goes in {@link SandboxUrls}. */
  readonly urlKey: keyof SandboxUrls;
  /** Where its port comes from in {@link SandboxPorts}. */
  readonly portKey: keyof SandboxPorts;
  /** Builds its router. */
  readonly routes: (log: RequestLog) => Router;
}

/**
 * The emulated hosts, each on its own server because the real hosts are separate and
 * their paths start at the root. The POPBiLL API host and the i'mport host join here.
 */
export const HOST_DEFINITIONS: readonly HostDefinition[] = [
  {
    kind: "auth",
    urlKey: "authUrl",
    portKey: "auth",
    routes: (log) => addControlRoutes(addLinkhubRoutes(new Router()), log),
  },
];
