import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { VECTOR_DATE } from "../linkhub/linkhub.test-helpers.js";
import { receipt, usePopbill } from "../popbill/popbill.test-helpers.js";
import { createSandbox, type Sandbox } from "../sandbox.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function stateFile(): string {
  const dir = mkdtempSync(join(tmpdir(), "sandbox-state-"));
  dirs.push(dir);
  return join(dir, "sandbox.sqlite");
}

describe("stateFile: the sandbox state survives a restart", () => {
  const start = usePopbill();
  const others: Sandbox[] = [];
  afterEach(async () => {
    for (const sandbox of others.splice(0)) {
      await sandbox.stop();
    }
  });

  it("keeps receipts, points and an unfinished bulk, which completes after the restart", async () => {
    const file = stateFile();
    const first = await start({ stateFile: file });
    // Changed from JS (as tests and controls do): saved with the next request.
    first.sandbox.hometax.setHometaxCredentials("1234567890", "dept-user-2", "pw-2");
    first.sandbox.hometax.registerCertificate("1234567890", "Cashbill", "2027-01-31T00:00:00Z");
    first.sandbox.iamport.book({ impKey: "2718281828459045", tier: null }).customers.set("cust_1", {
      customer_uid: "cust_1",
    } as never);
    expect((await first.issue({ mgtKey: "BEFORE-1" })).status).toBe(200);
    const rows = [receipt({ mgtKey: "BULK-1" }), receipt({ mgtKey: "BULK-2" })];
    expect((await first.bulk("SUB-RESTART", rows)).status).toBe(200);
    const balance = first.sandbox.state.member("1234567890")?.chargePoint;
    // The first sandbox is never stopped (as under kill -9): what it answered is already saved.

    const second = createSandbox({ clock: { fixed: VECTOR_DATE }, stateFile: file });
    others.push(second);
    expect(second.restored).toBe(true);
    await second.start();
    expect(second.cashbill.info("1234567890", "BEFORE-1")).toMatchObject({ stateCode: 300 });
    expect(second.state.member("1234567890")?.chargePoint).toBe(balance);
    expect(second.cashbill.useHistory("1234567890")).toEqual(
      first.sandbox.cashbill.useHistory("1234567890"),
    );
    expect(second.hometax.logins.accountId("1234567890")).toBe("dept-user-2");
    expect(second.hometax.logins.hasAny("1234567890", "Cashbill")).toBe(true);
    expect(second.iamport.customers().map((c) => c.customer_uid)).toEqual(["cust_1"]);
    expect(second.cashbill.submissions("1234567890")).toMatchObject([
      { submitID: "SUB-RESTART", txState: 0 },
    ]);

    // A token issued by the first sandbox is still valid on the second.
    const reply = await fetch(`${second.urls!.popbillUrl}/Cashbill/BEFORE-1`, {
      headers: { authorization: `Bearer ${first.token}` },
    });
    expect(reply.status).toBe(200);

    second.clock.advance(60_000);
    expect(second.cashbill.submissions("1234567890")).toMatchObject([
      { submitID: "SUB-RESTART", txState: 2, successCount: 2 },
    ]);
    expect(second.cashbill.issuances("1234567890")).toEqual([
      { corpNum: "1234567890", mgtKey: "BEFORE-1", count: 1 },
      { corpNum: "1234567890", mgtKey: "BULK-1", count: 1 },
      { corpNum: "1234567890", mgtKey: "BULK-2", count: 1 },
    ]);
    // The popbill schedule files overnight: the results are there the next day at 11:00 KST.
    second.clock.advance(2 * 24 * 60 * 60 * 1000);
    expect(second.cashbill.info("1234567890", "BULK-1")).toMatchObject({ stateCode: 304 });
    expect(second.cashbill.info("1234567890", "BEFORE-1")).toMatchObject({ stateCode: 304 });
  });

  it("keeps the resend outbox, the receipt logs and the e-mail settings", async () => {
    const file = stateFile();
    const first = await start({ stateFile: file });
    expect((await first.issue({ mgtKey: "SENT-1" })).status).toBe(200);
    const sent = await first.call("POST", "/Cashbill/SENT-1", {
      override: "EMAIL",
      body: { receiver: "buyer@example.com" },
    });
    expect(sent.status).toBe(200);
    const config = "/Cashbill/EmailSendConfig?EmailType=CSH_ISSUE&SendYN=false";
    expect((await first.call("POST", config)).status).toBe(200);

    const second = createSandbox({ clock: { fixed: VECTOR_DATE }, stateFile: file });
    others.push(second);
    await second.start();
    const after = second.state.cashbillAfter;
    expect(after.outbox("1234567890", "SENT-1")).toMatchObject([
      { channel: "EMAIL", receiver: "buyer@example.com" },
    ]);
    expect(after.logs("1234567890", "SENT-1")).toHaveLength(1);
    expect(after.emailConfig("1234567890")).toEqual([{ emailType: "CSH_ISSUE", sendYN: false }]);
  });

  it("keeps the clock's offset and starts from the seed on an empty file", async () => {
    const file = stateFile();
    const first = createSandbox({ clock: { fixed: VECTOR_DATE }, stateFile: file });
    others.push(first);
    expect(first.restored).toBe(false);
    first.clock.advance(3_600_000);
    await first.start();
    await first.stop();
    const second = createSandbox({ stateFile: file });
    others.push(second);
    expect(second.clock.now().toISOString()).toBe(
      new Date(new Date(VECTOR_DATE).getTime() + 3_600_000).toISOString(),
    );
    expect(second.state.members().length).toBeGreaterThan(0);
  });
});
