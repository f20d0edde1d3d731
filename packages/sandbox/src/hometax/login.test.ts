import { describe, expect, it } from "vitest";
import { CORP, DEMO_ID, DEMO_PWD, useHometax } from "./hometax.test-helpers.js";

const NOTHING = {
  status: 400,
  body: { code: -11100025, message: "The information of HomeTax Authentication does not exist" },
};
const LOGIN_FAILED = { status: 400, body: { code: -11100001, message: "Failed login HomeTax" } };

describe.each(["Cashbill", "Taxinvoice"])("HomeTax logins of /HomeTax/%s", (svc) => {
  const start = useHometax();
  const base = `/HomeTax/${svc}`;

  it("answers -11100025 on every check while nothing is registered", async () => {
    const { call } = await start();
    for (const path of ["/CertInfo", "/CertCheck", "/DeptUser", "/DeptUser/Check"])
      expect(await call("GET", `${base}${path}`)).toMatchObject(NOTHING);
    expect(await call("POST", `${base}/DeptUser`, { override: "DELETE" })).toMatchObject(NOTHING);
  });

  it("registers a department user HomeTax accepts, from a chunked body", async () => {
    const { call, registDeptUser } = await start();
    const reply = await registDeptUser(svc, { id: DEMO_ID, pwd: DEMO_PWD, secAuth: "900101" });
    expect(reply).toMatchObject({ status: 200, type: "application/json;charset=utf-8" });
    expect(reply.body).toEqual({ code: 1, message: expect.any(String) });
    expect(await call("GET", `${base}/DeptUser`)).toMatchObject({ status: 200, body: { code: 1 } });
    expect(await call("GET", `${base}/DeptUser/Check`)).toMatchObject({ body: { code: 1 } });
  });

  it("refuses wrong credentials with -11100001 and stores nothing", async () => {
    const { call, registDeptUser } = await start();
    expect(await registDeptUser(svc, { id: DEMO_ID, pwd: "wrong-pass" })).toMatchObject(
      LOGIN_FAILED,
    );
    expect(await registDeptUser(svc, { id: "someone", pwd: DEMO_PWD })).toMatchObject(LOGIN_FAILED);
    expect(await call("GET", `${base}/DeptUser`)).toMatchObject(NOTHING);
  });

  it("keeps the registered user when a later registration fails", async () => {
    const { call, registDeptUser } = await start();
    await registDeptUser(svc, { id: DEMO_ID, pwd: DEMO_PWD });
    expect(await registDeptUser(svc, { id: DEMO_ID, pwd: "typo" })).toMatchObject(LOGIN_FAILED);
    expect(await call("GET", `${base}/DeptUser/Check`)).toMatchObject({ body: { code: 1 } });
  });

  it("refuses a body without id or pwd with -10000001", async () => {
    const { registDeptUser } = await start();
    expect(await registDeptUser(svc, { id: DEMO_ID })).toMatchObject({
      status: 400,
      body: { code: -10000001 },
    });
  });

  it("answers -11100001 on DeptUser/Check once HomeTax no longer accepts the stored user", async () => {
    const { call, registDeptUser, hometax } = await start();
    await registDeptUser(svc, { id: DEMO_ID, pwd: DEMO_PWD });
    hometax.setHometaxCredentials(CORP, DEMO_ID, "changed-in-hometax");
    expect(await call("GET", `${base}/DeptUser/Check`)).toMatchObject(LOGIN_FAILED);
    expect(await call("GET", `${base}/DeptUser`)).toMatchObject({ body: { code: 1 } });
  });

  it("deletes the department user with POST + X-HTTP-Method-Override: DELETE and no body", async () => {
    const { call, registDeptUser } = await start();
    await registDeptUser(svc, { id: DEMO_ID, pwd: DEMO_PWD });
    const reply = await call("POST", `${base}/DeptUser`, { override: "DELETE" });
    expect(reply).toMatchObject({ status: 200, body: { code: 1 } });
    expect(await call("GET", `${base}/DeptUser`)).toMatchObject(NOTHING);
  });

  it("never shows the password or secAuth in replies, the request log or the controls", async () => {
    const { call, registDeptUser, log } = await start();
    const secrets = ["s3cret-Pw!", "9001011234567"];
    const failed = await registDeptUser(svc, { id: DEMO_ID, pwd: secrets[0], secAuth: secrets[1] });
    await registDeptUser(svc, { id: DEMO_ID, pwd: DEMO_PWD, secAuth: secrets[1] });
    const control = await call("GET", `/__sandbox/hometax/members/${CORP}`, { token: null });
    const seen = JSON.stringify([failed.body, control.body, log.list()]);
    for (const secret of [...secrets, DEMO_PWD]) expect(seen).not.toContain(secret);
    expect(control.body.services[svc].deptUser).toMatchObject({ id: DEMO_ID, secAuth: true });
  });

  it("reports a registered certificate's expiry and checks it on the sandbox clock", async () => {
    const { call, hometax, clock } = await start();
    // 10:12:03 KST today: ten minutes after the harness's start.
    hometax.registerCertificate(CORP, svc as "Cashbill", "20261123101203");
    const expected = { status: 200, body: { certificateExpiration: "20261123101203" } };
    expect(await call("GET", `${base}/CertInfo`)).toMatchObject(expected);
    expect(await call("GET", `${base}/CertCheck`)).toMatchObject({
      status: 200,
      body: { code: 1 },
    });
    clock.advance(10 * 60 * 1000);
    expect(await call("GET", `${base}/CertCheck`)).toMatchObject(LOGIN_FAILED);
    expect(await call("GET", `${base}/CertInfo`)).toMatchObject(expected);
  });

  it("answers -11100001 on CertCheck for a certificate HomeTax refuses", async () => {
    const { call, hometax } = await start();
    hometax.registerCertificate(CORP, svc as "Cashbill", "2027-11-23T00:00:00Z");
    hometax.invalidateCertificate(CORP, svc as "Cashbill");
    expect(await call("GET", `${base}/CertCheck`)).toMatchObject(LOGIN_FAILED);
    expect(await call("GET", `${base}/CertInfo`)).toMatchObject({ status: 200 });
  });

  it("keeps each service's registrations apart", async () => {
    const { call, registDeptUser, hometax } = await start();
    const other = svc === "Cashbill" ? "Taxinvoice" : "Cashbill";
    await registDeptUser(svc, { id: DEMO_ID, pwd: DEMO_PWD });
    hometax.registerCertificate(CORP, svc as "Cashbill", "2027-11-23T00:00:00Z");
    expect(await call("GET", `/HomeTax/${other}/DeptUser`)).toMatchObject(NOTHING);
    expect(await call("GET", `/HomeTax/${other}/CertInfo`)).toMatchObject(NOTHING);
  });
});

describe.each([
  ["Cashbill", "141", "111"],
  ["Taxinvoice", "111", "141"],
])("authentication of /HomeTax/%s", (svc, scope, otherScope) => {
  const start = useHometax();

  it(`needs a member token with scope ${scope}`, async () => {
    const { call, token } = await start();
    const path = `/HomeTax/${svc}/DeptUser`;
    const wrong = await token({ scopes: ["member", otherScope, "140"] });
    expect(await call("GET", path, { token: wrong })).toMatchObject({
      status: 403,
      body: { code: -10000033 },
    });
    expect(await call("GET", path, { token: null })).toMatchObject({
      status: 401,
      body: { code: -10000034 },
    });
    expect(await call("GET", path, { token: "forged" })).toMatchObject({
      status: 401,
      body: { code: -10000033 },
    });
    const right = await token({ scopes: ["member", scope] });
    expect(await call("GET", path, { token: right })).toMatchObject(NOTHING);
  });
});
