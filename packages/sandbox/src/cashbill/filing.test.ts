import { describe, expect, it } from "vitest";
import { receipt, usePopbill } from "../popbill/popbill.test-helpers.js";

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

describe("NTS filing on the popbill schedule (the library default)", () => {
  const start = usePopbill();

  it("sends after midnight KST of the issue day and answers 304 at 11:00 KST", async () => {
    const { issue, info, sandbox } = await start({ settings: { tokenLifetimeMs: WEEK_MS } });
    expect(sandbox.settings.filingSchedule).toBe("popbill");
    await issue();
    sandbox.clock.set("2026-11-23T14:59:59.999Z"); // 23:59:59.999 KST
    expect((await info("MK-1")).body).toMatchObject({ stateCode: 300, ntssendDT: null });
    sandbox.clock.set("2026-11-23T15:00:00.000Z"); // midnight KST
    expect((await info("MK-1")).body).toMatchObject({
      stateCode: 300,
      ntssendDT: "20261124000000",
    });
    sandbox.clock.set("2026-11-24T02:00:00.000Z"); // 11:00 KST
    expect((await info("MK-1")).body).toMatchObject({
      stateCode: 304,
      stateDT: "20261124110000",
      ntssendDT: "20261124000000",
      ntsresult: "전송완료",
      ntsresultDT: "20261124110000",
      ntsresultCode: "0000",
      ntsresultMessage: expect.any(String),
    });
  });

  it("fails filing (305, TS1) for an identity number ending in 0305", async () => {
    const { issue, info, sandbox } = await start({ settings: { tokenLifetimeMs: WEEK_MS } });
    await issue({ identityNum: "01012340305" });
    sandbox.clock.advance(2 * 24 * 60 * 60 * 1000);
    expect((await info("MK-1")).body).toMatchObject({
      stateCode: 305,
      ntsresult: "전송실패",
      ntsresultCode: "TS1",
      ntsresultMessage: expect.any(String),
    });
  });

  it("files bulk receipts like single ones", async () => {
    const { bulk, info, sandbox } = await start({ settings: { tokenLifetimeMs: WEEK_MS } });
    await bulk("SUB-1", [
      receipt({ mgtKey: "B-1" }),
      receipt({ mgtKey: "B-2", identityNum: "01000000305" }),
    ]);
    sandbox.clock.advance(25 * 60 * 60 * 1000); // to 11:02 KST the next day
    expect((await info("B-1")).body.stateCode).toBe(304);
    expect((await info("B-2")).body.stateCode).toBe(305);
  });
});

describe("NTS filing on the fast schedule (local stage)", () => {
  const start = usePopbill();

  it("files fastFilingMs (3 s) after issue", async () => {
    const { issue, info, sandbox } = await start({ filingSchedule: "fast" });
    expect(sandbox.settings.filingSchedule).toBe("fast");
    await issue();
    await issue({ mgtKey: "MK-2", identityNum: "1234560305" });
    sandbox.clock.advance(2_999);
    expect((await info("MK-1")).body.stateCode).toBe(300);
    sandbox.clock.advance(1);
    expect((await info("MK-1")).body).toMatchObject({
      stateCode: 304,
      ntssendDT: "20261123100206",
      ntsresultDT: "20261123100206",
      ntsresultCode: "0000",
    });
    expect((await info("MK-2")).body).toMatchObject({ stateCode: 305, ntsresultCode: "TS1" });
  });

  it("takes fastFilingMs from the settings", async () => {
    const { issue, info, sandbox } = await start({
      settings: { filingSchedule: "fast", fastFilingMs: 100 },
    });
    await issue();
    sandbox.clock.advance(100);
    expect((await info("MK-1")).body.stateCode).toBe(304);
  });
});
