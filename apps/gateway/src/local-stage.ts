import { type ApiKeyStore } from "@korbill/core-tenancy";
import type { GatewayConfig } from "./config.js";
import { DEMO_IAMPORT, DEMO_MEMBERS, DEMO_PARTNER, createSandbox } from "@korbill/sandbox";
import { prepareDataDir } from "./data-dir.js";
import { localSandboxOptions } from "./local-sandbox.js";
import type { Logger } from "./logger.js";

/**
 * Public demo keys of the local stage (they only ever unlock the in-process sandbox).
 * The playground presets the member key.
 */
export const DEMO_KEYS = {
  member: "kb_local_demo_member_key",
  member2: "kb_local_demo_member2_key",
  partner: "kb_local_demo_partner_key",
} as const;

/**
 * The local stage's sandbox: started in-process, unless explicit upstream URLs point at one
 * that already runs (tests that restart or run several gateways share one sandbox that way).
 */
export async function startLocalSandbox(config: GatewayConfig, logger?: Logger) {
  const base = { partner: DEMO_PARTNER, members: DEMO_MEMBERS, iamport: DEMO_IAMPORT };
  if (config.popbill.authUrl) return { ...base, sandbox: undefined, urls: undefined };
  prepareDataDir(config.dataDir); // the sandbox keeps its state there
  const sandbox = createSandbox({
    ...localSandboxOptions(config),
    // Its failing jobs and listeners are lines of the gateway's log (JSON, with the request).
    ...(logger && {
      onError: (msg: string, e: unknown) => logger.error(msg, { error: String(e) }),
    }),
  });
  const urls = await sandbox.start();
  return { ...base, sandbox, urls };
}

/** Seeds the demo keys (idempotent across restarts). */
export async function seedDemoKeys(store: ApiKeyStore): Promise<void> {
  const [first, second] = DEMO_MEMBERS;
  if (!first || !second) throw new Error("the sandbox must seed two demo members");
  await store.ensure({
    key: DEMO_KEYS.member,
    kind: "member",
    name: `demo member ${first.corpName}`,
    corpNums: [first.corpNum],
    userId: first.users[0].userId,
  });
  await store.ensure({
    key: DEMO_KEYS.member2,
    kind: "member",
    name: `demo member ${second.corpName}`,
    corpNums: [second.corpNum],
    userId: second.users[0].userId,
  });
  await store.ensure({
    key: DEMO_KEYS.partner,
    kind: "partner",
    name: `demo partner ${DEMO_PARTNER.linkId}`,
    corpNums: [first.corpNum],
  });
}
