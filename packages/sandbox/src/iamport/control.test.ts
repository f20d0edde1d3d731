import { describe, expect, it } from "vitest";
import { SandboxClock } from "../clock.js";
import { createEnv } from "../create-env.js";
import { useHosts } from "../http/host.test-helpers.js";
import { Router } from "../http/router.js";
import { addIamportControlRoutes } from "./control.js";
import { Api, ISSUE_BODY, VECTOR_NOW } from "./iamport.test-helpers.js";
import { iamportRoutes } from "./routes.js";
import { createIamportState } from "./state.js";

describe("i'mport control API", () => {
  const startHost = useHosts();

  async function start() {
    const clock = new SandboxClock({ fixed: VECTOR_NOW * 1000 });
    const state = createIamportState({ clock });
    const router = iamportRoutes(state, addIamportControlRoutes(new Router(), state));
    const { url, log } = await startHost(router, { kind: "iamport", env: createEnv({ clock }) });
    const api = new Api(url);
    await api.login();
    const control = async (method: string, path: string, body?: unknown) => {
      const response = await fetch(`${url}/__sandbox/iamport${path}`, {
        method,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as any };
    };
    return { api, control, log, state };
  }

  it("queues outcomes and shows payments and customers over HTTP", async () => {
    const { api, control } = await start();
    await api.post("/subscribe/customers/c1", ISSUE_BODY);
    const queued = await control("POST", "/outcomes", {
      customer_uid: "c1",
      outcome: { kind: "decline", reason: "한도초과" },
    });
    expect(queued.body).toEqual({ pending: [{ kind: "decline", reason: "한도초과" }] });
    await api.post("/subscribe/payments/again", {
      customer_uid: "c1",
      merchant_uid: "m",
      amount: 1,
    });
    const payments = await control("GET", "/payments");
    expect(payments.body.payments).toMatchObject([{ status: "failed", fail_reason: "한도초과" }]);
    const customers = await control("GET", "/customers?impKey=2718281828459045&tier=");
    expect(customers.body.customers).toHaveLength(1);
  });

  it("configures webhooks and refuses bad settings with a 400", async () => {
    const { control, log } = await start();
    const ok = await control("POST", "/webhooks", { url: "http://127.0.0.1:9/x", mode: "form" });
    expect(ok.body.config).toMatchObject({ mode: "form", retries: 0, retryDelayMs: 60_000 });
    expect((await control("POST", "/webhooks", { mode: "xml" })).status).toBe(400);
    expect((await control("POST", "/outcomes", { customer_uid: "c", outcome: {} })).status).toBe(
      400,
    );
    expect(log.count({ path: /__sandbox/ })).toBe(0);
  });
});
