import { addControlRoutes, type ControlContext } from "./control/routes.js";
import { type HostKind } from "./http/request.js";
import { Router } from "./http/router.js";
import { addLinkhubRoutes } from "./linkhub/routes.js";
import { addPopbillRoutes } from "./popbill/routes.js";
import { addIamportControlRoutes, iamportRoutes } from "./iamport/index.js";
import { addHometaxControlRoutes, addHometaxRoutes } from "./hometax/index.js";

/** Base URLs of the running emulated hosts. */
export interface SandboxUrls {
  /** The Linkhub auth host (token, `/Time`, points), also serving the control API. */
  readonly authUrl: string;
  /** The POPBiLL API host (cash receipts, `/Member` URLs; also the control API). */
  readonly popbillUrl: string;
  /** The i'mport (PortOne V1) API host (also the control API). */
  readonly iamportUrl: string;
}

/** Ports to listen on, per host; 0 or absent picks a free port. */
export interface SandboxPorts {
  /** Port of the auth host. */
  readonly auth?: number;
  /** Port of the POPBiLL API host. */
  readonly popbill?: number;
  /** Port of the i'mport API host. */
  readonly iamport?: number;
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
  readonly routes: (context: ControlContext) => Router;
}

/**
 * The emulated hosts, each on its own server because the real hosts are separate and
 * their paths start at the root.
 */
export const HOST_DEFINITIONS: readonly HostDefinition[] = [
  {
    kind: "auth",
    urlKey: "authUrl",
    portKey: "auth",
    routes: (context) => addControlRoutes(addLinkhubRoutes(new Router()), context),
  },
  {
    kind: "popbill",
    urlKey: "popbillUrl",
    portKey: "popbill",
    routes: (context) =>
      addControlRoutes(
        addHometaxControlRoutes(
          addHometaxRoutes(addPopbillRoutes(new Router()), context.hometax),
          context.hometax,
        ),
        context,
      ),
  },
  {
    kind: "iamport",
    urlKey: "iamportUrl",
    portKey: "iamport",
    // The i'mport catch-all routes come last, so the control routes are added first.
    routes: (context) =>
      iamportRoutes(
        context.iamport,
        addIamportControlRoutes(addControlRoutes(new Router(), context), context.iamport),
      ),
  },
];
