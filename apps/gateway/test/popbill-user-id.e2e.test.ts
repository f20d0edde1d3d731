import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_KEYS } from "../src/local-stage.js";
import { demoBulk, demoReceipt } from "./cashbill-helpers.js";
import { type TestGateway, startTestGateway } from "./harness.js";

/** A partner key names the POPBiLL user (x-pb-userid) per call; the sandbox checks it. */
describe("userId argument against the sandbox", () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway();
  });
  afterAll(() => t?.close());

  it("acts as the named user of the member, and POPBiLL refuses one that is not its user", async () => {
    const sandbox = t.gateway.sandbox!.sandbox!;
    const before = sandbox.requests.list().length;
    const ok = await t.gql(
      '{ memberContacts(corpNum: "1234567890", userId: "testkorea") { id } points(corpNum: "1234567890", userId: "testkorea") { paymentUrl { url } } }',
      {},
      DEMO_KEYS.partner,
    );
    expect(ok.body.errors).toBeUndefined();
    const sent = sandbox.requests
      .list()
      .slice(before)
      .filter((r) => r.path === "/IDs" || r.path === "/Member");
    expect(sent.map((r) => r.headers["x-pb-userid"])).toEqual(["testkorea", "testkorea"]);

    const refused = await t.gql(
      '{ memberContacts(corpNum: "1234567890", userId: "exampleuser") { id } }',
      {},
      DEMO_KEYS.partner,
    );
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: "UPSTREAM_ERROR",
      upstreamCode: -10000011,
    });
  });

  it("refuses a userId from a member key with FORBIDDEN", async () => {
    const r = await t.gql('{ memberContacts(userId: "testkorea") { id } }', {}, DEMO_KEYS.member);
    expect(r.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("issues and bulk-issues cash receipts as the named user", async () => {
    const sandbox = t.gateway.sandbox!.sandbox!;
    const issue = (mgtKey: string, userId: string) =>
      t.gql(
        'mutation($i: CashbillInput!, $u: String) { issueCashbill(corpNum: "1234567890", userId: $u, input: $i) { confirmNum } }',
        { i: demoReceipt(mgtKey), u: userId },
        DEMO_KEYS.partner,
      );
    const ok = await issue("UID-OK-1", "testkorea");
    expect(ok.body.errors).toBeUndefined();
    expect(sandbox.requests.last({ path: "/Cashbill" })?.headers["x-pb-userid"]).toBe("testkorea");
    const refused = await issue("UID-NO-1", "exampleuser");
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ upstreamCode: -10000011 });

    const bulk = await t.gql(
      'mutation($c: [CashbillInput!]!) { bulkIssueCashbills(corpNum: "1234567890", userId: "testkorea", submitId: "UID-BULK-1", cashbills: $c) { submitId } }',
      { c: demoBulk("UID-B", 2) },
      DEMO_KEYS.partner,
    );
    expect(bulk.body.errors).toBeUndefined();
    const sent = sandbox.requests
      .list({ path: "/Cashbill" })
      .filter((r) => r.override === "BULKISSUE");
    expect(sent.map((r) => r.headers["x-pb-userid"])).toEqual(["testkorea"]);
  });

  it("asks HomeTax as the named user", async () => {
    const sandbox = t.gateway.sandbox!.sandbox!;
    const active = await t.gql(
      '{ hometaxActiveJobs(service: CASHBILL, corpNum: "1234567890", userId: "testkorea") { jobId } }',
      {},
      DEMO_KEYS.partner,
    );
    expect(active.body.errors).toBeUndefined();
    expect(
      sandbox.requests.last({ path: "/HomeTax/Cashbill/JobList" })?.headers["x-pb-userid"],
    ).toBe("testkorea");
    const refused = await t.gql(
      'mutation { registerHometaxDeptUser(service: CASHBILL, corpNum: "1234567890", userId: "exampleuser", id: "demo-dept", password: "demo-pass-1!") { deptUserRegistered } }',
      {},
      DEMO_KEYS.partner,
    );
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ upstreamCode: -10000011 });
  });
});
