import { describe, expect, it } from "vitest";
import { requestToken } from "../linkhub/linkhub.test-helpers.js";
import { receipt, usePopbill } from "../popbill/popbill.test-helpers.js";

const PARTNER = { linkId: "PBILL", secretKey: "UEJJTEwtc2VjcmV0LWtleQ==" } as const;

async function tokenOf(authUrl: string, scopes: string[]): Promise<string> {
  const body = JSON.stringify({ access_id: "2222222222", scope: scopes });
  const reply = await requestToken(authUrl, { body, forwarded: "*", ...PARTNER });
  return String(reply.body["session_token"]);
}

describe("partner billing (파트너과금)", () => {
  const start = usePopbill();
  const options = {
    partners: [{ ...PARTNER, partnerPoint: 30, partnerBonusPoint: 5, billing: "partner" as const }],
    members: [
      {
        corpNum: "2222222222",
        corpName: "파트너과금회원",
        ceoName: "최",
        linkId: "PBILL",
        users: [{ userId: "pbilluser", userName: "최담당" }],
      },
    ],
  };

  it("spends every member's usage from the partner's points, bonus first", async () => {
    const { call, authUrl, sandbox } = await start(options);
    const token = await tokenOf(authUrl, ["member", "140"]);
    const issue = (mgtKey: string) =>
      call("POST", "/Cashbill", {
        override: "ISSUE",
        token,
        body: receipt({ mgtKey, franchiseCorpNum: "2222222222" }),
      });
    expect((await issue("P-1")).status).toBe(200);
    expect(sandbox.points.partnerBalance("PBILL")).toMatchObject({
      chargePoint: 24,
      bonusPoint: 0,
      remainPoint: 24,
    });
    expect(sandbox.points.balance("2222222222").remainPoint).toBe(0);
    expect(sandbox.points.partnerUseHistory("PBILL")).toEqual([
      expect.objectContaining({ itemCode: 140, txPoint: "11", balance: "24", userID: "pbilluser" }),
    ]);
    const point = await fetch(`${authUrl}/POPBILL_TEST/PartnerPoint`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(await point.json()).toEqual({ remainPoint: 24 });
    await issue("P-2");
    await issue("P-3");
    expect(await issue("P-4")).toMatchObject({ status: 400, body: { code: -99003008 } });
    expect(sandbox.points.partnerBalance("PBILL").remainPoint).toBe(2);
  });

  it("says 파트너과금 in ChargeInfo", async () => {
    const { call, authUrl } = await start(options);
    const token = await tokenOf(authUrl, ["member", "140"]);
    expect((await call("GET", "/Cashbill/ChargeInfo", { token })).body.chargeMethod).toBe(
      "파트너과금",
    );
  });
});
