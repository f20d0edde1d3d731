import {
  type BeforeHook,
  DEMO_MEMBERS,
  DEMO_PARTNER,
  type Sandbox,
  type SandboxSettings,
  createSandbox,
} from "@korbill/sandbox";
import { sleep } from "./stats.js";

export { DEMO_PARTNER };

/** The demo member every scenario acts for (demo member key of the local stage). */
export const CORP_NUM: string = DEMO_MEMBERS[0].corpNum;

/** Credentials of POPBiLL webhooks, configured on the sandbox and on the gateway alike. */
export const WEBHOOK_AUTH = { username: "korbill-bench", password: "bench-webhook-password" };

/** Options of a bench sandbox. */
export interface BenchSandboxOptions {
  settings?: Partial<SandboxSettings>;
  /** Real milliseconds every POPBiLL-host request waits before it is processed. */
  popbillLatencyMs?: number;
}

/**
 * A started sandbox. Added latency is a `before` hook that sleeps on the POPBiLL host only
 * (the auth host answers at once), standing in for the network distance to POPBiLL.
 */
export async function startSandbox(options: BenchSandboxOptions = {}): Promise<Sandbox> {
  const latency = options.popbillLatencyMs ?? 0;
  const before: BeforeHook[] = [];
  if (latency > 0) {
    before.push(async (request) => {
      if (request.host === "popbill") await sleep(latency);
      return undefined;
    });
  }
  const sandbox = createSandbox({ settings: options.settings ?? {}, before });
  await sandbox.start();
  return sandbox;
}

/** The gateway environment that points it at `sandbox` with the bench's webhook credentials. */
export function gatewayEnvFor(sandbox: Sandbox): Record<string, string> {
  const urls = sandbox.urls;
  if (!urls) throw new Error("sandbox is not started");
  return {
    POPBILL_AUTH_URL: urls.authUrl,
    POPBILL_API_URL: urls.popbillUrl,
    IAMPORT_API_URL: urls.iamportUrl,
    POPBILL_WEBHOOK_USER: WEBHOOK_AUTH.username,
    POPBILL_WEBHOOK_PASSWORD: WEBHOOK_AUTH.password,
  };
}

/** Sends the sandbox's POPBiLL webhooks to a gateway at `url`. */
export function sendWebhooksTo(sandbox: Sandbox, url: string): void {
  sandbox.webhooks.configure({ url: `${url}/webhooks/popbill`, basic: WEBHOOK_AUTH });
}

/** What a client process needs to reach `sandbox` as the demo partner. */
export function clientTarget(sandbox: Sandbox) {
  const urls = sandbox.urls;
  if (!urls) throw new Error("sandbox is not started");
  return { ...urls, linkId: DEMO_PARTNER.linkId, secretKey: DEMO_PARTNER.secretKey };
}

/** GetBulkResult's path (`/Cashbill/BULK/{SubmitID}/State`). */
export const BULK_STATE_PATH = /^\/Cashbill\/BULK\/[^/]+\/State$/;

/** Requests per endpoint (`host METHOD path [override]`), token requests included. */
export function requestsPerEndpoint(sandbox: Sandbox): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of sandbox.requests.list()) {
    const path = r.path.replace(BULK_STATE_PATH, "/Cashbill/BULK/{SubmitID}/State");
    const query = r.query && r.query.length <= 40 ? `?${r.query}` : "";
    const key = `${r.host} ${r.method} ${path}${query}${r.override ? ` [${r.override}]` : ""}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

/** Token requests the auth host received. */
export function tokenRequests(sandbox: Sandbox): number {
  return sandbox.requests.count({ host: "auth", method: "POST", path: /\/Token$/ });
}
