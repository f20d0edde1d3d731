import { describe, expect, it } from "vitest";
import type { HttpRequest, HttpResponse, HttpTransport } from "@korbill/core-upstream";
import type { Tenant } from "./tenant.js";
import {
  budgetedTransport,
  currentUpstreamTenant,
  runInUpstreamScope,
  withTenantUpstream,
} from "./upstream-scope.js";

const tenant = (keyId: string): Tenant => ({
  keyId,
  kind: "member",
  name: keyId,
  stage: "local",
  corpNums: ["1234567890"],
  userId: null,
});

function setup(refuse = false) {
  const charged: string[] = [];
  const sent: string[] = [];
  const inner: HttpTransport = {
    async request(r: HttpRequest) {
      sent.push(r.url);
      return {} as HttpResponse;
    },
    close: async () => {},
  };
  const transport = budgetedTransport(inner, {
    async take(t) {
      charged.push(t.keyId);
      if (refuse) throw new Error("refused");
    },
  });
  const call = (url: string) => transport.request({ upstream: "popbill", method: "GET", url });
  return { charged, sent, call };
}

describe("upstream calls charged to the operation's tenant", () => {
  it("charges calls made inside a tenant's operation, not outside", async () => {
    const s = setup();
    await withTenantUpstream(tenant("key_a"), async () => {
      await s.call("u1");
      await Promise.resolve();
      await s.call("u2");
    });
    await s.call("u3");
    expect(s.charged).toEqual(["key_a", "key_a"]);
    expect(s.sent).toEqual(["u1", "u2", "u3"]);
  });

  it("sends nothing when the budget refuses", async () => {
    const s = setup(true);
    await expect(withTenantUpstream(tenant("key_a"), () => s.call("u1"))).rejects.toThrow(
      "refused",
    );
    expect(s.sent).toEqual([]);
  });

  it("stops charging work the operation left behind once it is done", async () => {
    const s = setup();
    let later!: Promise<unknown>;
    await withTenantUpstream(tenant("key_a"), async () => {
      // Runs after the operation is done, however long "later" is.
      later = new Promise((r) => setTimeout(r, 20)).then(() => s.call("poll"));
    });
    await later;
    expect(s.charged).toEqual([]);
    expect(s.sent).toEqual(["poll"]);
  });

  it("lets a scope learn its tenant after it started (HTTP authenticates inside it)", async () => {
    const scope = { tenant: null as Tenant | null, open: true };
    await runInUpstreamScope(scope, async () => {
      expect(currentUpstreamTenant()).toBeUndefined();
      scope.tenant = tenant("key_b");
      await Promise.resolve();
      expect(currentUpstreamTenant()?.keyId).toBe("key_b");
    });
  });
});
