import { describe, expect, it } from "vitest";
import { CORP, DEMO_ID, DEMO_PWD, requestJob, useHometax } from "./hometax.test-helpers.js";

describe("HomeTax control API", () => {
  const start = useHometax();
  const control = (h: Awaited<ReturnType<ReturnType<typeof useHometax>>>) => ({
    get: (path: string) => h.call("GET", `/__sandbox/hometax${path}`, { token: null }),
    post: (path: string, body: object) =>
      h.call("POST", `/__sandbox/hometax${path}`, { token: null, body }),
  });

  it("shows a member: the demo account, no registrations, nothing queued", async () => {
    const h = await start();
    expect((await control(h).get(`/members/${CORP}`)).body).toEqual({
      corpNum: CORP,
      hometaxAccountId: DEMO_ID,
      services: {
        Cashbill: { deptUser: null, certificate: null },
        Taxinvoice: { deptUser: null, certificate: null },
      },
      pendingFailures: 0,
    });
  });

  it("starts without demo accounts when seedDemo is false", async () => {
    const h = await start({ seedDemo: false });
    expect((await control(h).get(`/members/${CORP}`)).body.hometaxAccountId).toBeNull();
    const reply = await h.registDeptUser("Cashbill", { id: DEMO_ID, pwd: DEMO_PWD });
    expect(reply.body.code).toBe(-11100001);
  });

  it("sets and clears the HomeTax account a department user must match", async () => {
    const h = await start();
    const c = control(h);
    expect((await c.post("/credentials", { corpNum: CORP, id: "acct", pwd: "p@ss" })).body).toEqual(
      {
        corpNum: CORP,
        id: "acct",
      },
    );
    expect((await h.registDeptUser("Cashbill", { id: DEMO_ID, pwd: DEMO_PWD })).body.code).toBe(
      -11100001,
    );
    expect((await h.registDeptUser("Cashbill", { id: "acct", pwd: "p@ss" })).body.code).toBe(1);
    await c.post("/credentials/clear", { corpNum: CORP });
    expect((await h.call("GET", "/HomeTax/Cashbill/DeptUser/Check")).body.code).toBe(-11100001);
  });

  it("registers, invalidates and removes certificates", async () => {
    const h = await start();
    const c = control(h);
    const registered = await c.post("/certificates", {
      corpNum: CORP,
      service: "taxinvoice",
      expiresAt: "20270331235959",
    });
    expect(registered.body).toEqual({
      corpNum: CORP,
      service: "Taxinvoice",
      certificateExpiration: "20270331235959",
      expiresAt: "2027-03-31T14:59:59.000Z",
      valid: true,
    });
    expect(
      (await c.post("/certificates/invalidate", { corpNum: CORP, service: "Taxinvoice" })).body,
    ).toEqual({
      changed: true,
    });
    expect((await h.call("GET", "/HomeTax/Taxinvoice/CertCheck")).body.code).toBe(-11100001);
    await c.post("/certificates/remove", { corpNum: CORP, service: "Taxinvoice" });
    expect((await h.call("GET", "/HomeTax/Taxinvoice/CertInfo")).body.code).toBe(-11100025);
  });

  it("takes the flat-rate contract away and gives it back", async () => {
    const h = await start();
    const c = control(h);
    expect(
      (await c.post("/flat-rate", { corpNum: CORP, service: "Taxinvoice", subscribed: false }))
        .body,
    ).toEqual({ corpNum: CORP, service: "Taxinvoice", subscribed: false });
    expect((await h.call("GET", "/HomeTax/Taxinvoice/Contract")).body.code).toBe(-11100030);
    expect((await c.post("/flat-rate", { corpNum: CORP, service: "Taxinvoice" })).status).toBe(400);
    await c.post("/flat-rate", { corpNum: CORP, service: "Taxinvoice", subscribed: true });
    expect((await h.call("GET", "/HomeTax/Taxinvoice/Contract")).status).toBe(200);
  });

  it("queues failures, changes the timing and lists jobs with their state", async () => {
    const h = await start();
    const c = control(h);
    await c.post("/certificates", {
      corpNum: CORP,
      service: "Cashbill",
      expiresAt: "2027-01-01T00:00:00Z",
    });
    expect((await c.post("/fail-next-job", { corpNum: CORP, code: -11100017 })).body).toEqual({
      corpNum: CORP,
      pendingFailures: 1,
    });
    expect((await c.post("/timing", { processingMs: 5_000 })).body).toEqual({
      pendingMs: 1_000,
      processingMs: 5_000,
    });
    expect((await c.get("/timing")).body).toEqual({ pendingMs: 1_000, processingMs: 5_000 });
    const jobId = await requestJob(h, "/HomeTax/Cashbill/BUY?SDate=20261101&EDate=20261110");
    h.clock.advance(6_000);
    const { body } = await c.get(`/jobs?corpNum=${CORP}`);
    expect(body.count).toBe(1);
    expect(body.jobs[0]).toMatchObject({
      jobID: jobId,
      service: "Cashbill",
      direction: "BUY",
      outcome: { errorCode: -11100017 },
      state: { jobState: "3", errorCode: -11100017, errorReason: expect.any(String) },
    });
  });

  it.each([
    ["/credentials", { corpNum: CORP, id: "x" }],
    ["/certificates", { corpNum: CORP, service: "Fax", expiresAt: "2027-01-01T00:00:00Z" }],
    ["/certificates", { corpNum: CORP, service: "Cashbill", expiresAt: "someday" }],
    ["/fail-next-job", { corpNum: CORP, code: 1 }],
    ["/fail-next-job", { corpNum: CORP, code: "-11100001" }],
    ["/timing", { pendingMs: -1 }],
  ])("refuses malformed input to %s with 400 -10000001", async (path, body) => {
    const h = await start();
    expect(await control(h).post(path, body)).toMatchObject({
      status: 400,
      body: { code: -10000001 },
    });
  });
});
