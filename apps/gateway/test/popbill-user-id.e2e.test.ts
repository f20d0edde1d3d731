import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_KEYS } from "../src/local-stage.js";
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
});
