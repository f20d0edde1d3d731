import { type LocalGateway, startLocalGateway } from "@korbill/gateway/testing";

export { DEMO_KEYS, demoReceipt, waitFor } from "@korbill/gateway/testing";
export type RunningGateway = LocalGateway;

/** The shared test gateway (local stage), its embedded sandbox filing within seconds. */
export function startGateway(env: Record<string, string> = {}): Promise<RunningGateway> {
  return startLocalGateway({ KORBILL_SANDBOX_TIMING: "demo", ...env });
}
