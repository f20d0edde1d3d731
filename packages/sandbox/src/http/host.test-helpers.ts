import { afterEach } from "vitest";
import { createEnv } from "../create-env.js";
import { type SandboxEnv } from "../env.js";
import { type BeforeHook } from "./middleware.js";
import { type HostKind } from "./request.js";
import { RequestLog } from "./request-log.js";
import { type Router } from "./router.js";
import { HttpHost } from "./server.js";

/** A host under test with its shared pieces. */
export interface TestHost {
  readonly url: string;
  readonly log: RequestLog;
  readonly before: BeforeHook[];
  readonly env: SandboxEnv;
}

/** Returns a starter of {@link HttpHost}s on random ports, all closed after each test. */
export function useHosts(): (
  router: Router,
  options?: { kind?: HostKind; env?: SandboxEnv },
) => Promise<TestHost> {
  const hosts: HttpHost[] = [];
  afterEach(async () => {
    await Promise.all(hosts.splice(0).map((host) => host.close()));
  });
  return async (router, options = {}) => {
    const env = options.env ?? createEnv();
    const log = new RequestLog();
    const before: BeforeHook[] = [];
    const host = new HttpHost({ kind: options.kind ?? "popbill", router, env, log, before });
    hosts.push(host);
    return { url: await host.listen(0, "127.0.0.1"), log, before, env };
  };
}
