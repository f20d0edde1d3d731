import { InputError } from "@korbill/core-domain";
import { UpstreamConnectionError } from "@korbill/core-upstream";
import { describe, expect, it } from "vitest";
import { createCashbillClient, prepareBulk } from "./client.js";
import { toWireCashbill } from "../map/to-wire.js";
import { validateBulk } from "../validate/bulk.js";
import { fakePopbill } from "../testing/fake-popbill.js";
import {
  BULK_BODY,
  BULK_DIGEST,
  CORP_NUM,
  NOW,
  vectorInputs,
  vectorWire,
} from "../testing/vectors.js";

describe("prepareBulk", () => {
  it("serialises §5.2's wire receipts to the exact 633 bytes and digest", () => {
    const prepared = prepareBulk("SUB-001", vectorWire());
    expect(prepared.body).toBe(BULK_BODY);
    expect(Buffer.byteLength(prepared.body, "utf8")).toBe(633);
    expect(prepared.digest).toBe(BULK_DIGEST);
  });

  it("reaches the same bytes from GraphQL-level input through validation and mapping", () => {
    const inputs = vectorInputs();
    validateBulk("SUB-001", inputs, { now: NOW });
    const wire = inputs.map((input) => toWireCashbill(input, CORP_NUM));
    expect(prepareBulk("SUB-001", wire)).toEqual({ body: BULK_BODY, digest: BULK_DIGEST });
  });

  it("refuses a SubmitID that cannot go into a path", () => {
    expect(() => prepareBulk("SUB/001", vectorWire())).toThrow(InputError);
  });
});

describe("bulkSubmit", () => {
  it("sends the §5.2 request: exact body, digest, submit id, override, user id, no retry", async () => {
    const { popbill, requests } = fakePopbill({ code: 1, message: "접수", receiptID: "R1" });
    const client = createCashbillClient({ popbill });
    const reply = await client.bulkSubmit(CORP_NUM, "SUB-001", vectorWire(), "testkorea");
    expect(reply.receiptID).toBe("R1");
    expect(requests).toEqual([
      {
        corpNum: CORP_NUM,
        scopes: ["member", "140"],
        userId: "testkorea",
        method: "POST",
        path: "/Cashbill",
        override: "BULKISSUE",
        body: BULK_BODY,
        extraHeaders: { "x-pb-message-digest": BULK_DIGEST, "x-pb-submit-id": "SUB-001" },
        retry: "never",
      },
    ]);
  });

  it("passes the body as a string, so the transport sends those bytes unchanged", async () => {
    const { popbill, requests } = fakePopbill();
    await createCashbillClient({ popbill }).bulkSubmit(CORP_NUM, "SUB-001", vectorWire());
    expect(typeof requests[0]?.body).toBe("string");
    expect(requests[0]?.userId).toBeUndefined();
  });

  it("propagates an ambiguous failure without resending", async () => {
    const failure = new UpstreamConnectionError({ upstream: "popbill", message: "socket hang up" });
    const { popbill, requests } = fakePopbill(failure);
    const client = createCashbillClient({ popbill });
    await expect(client.bulkSubmit(CORP_NUM, "SUB-001", vectorWire())).rejects.toBe(failure);
    expect(requests).toHaveLength(1);
  });
});

describe("sendPreparedBulk", () => {
  it("resends stored bytes exactly", async () => {
    const { popbill, requests } = fakePopbill();
    const client = createCashbillClient({ popbill });
    const stored = JSON.parse(JSON.stringify(client.prepareBulk("SUB-001", vectorWire())));
    await client.sendPreparedBulk(CORP_NUM, "SUB-001", stored, "testkorea");
    expect(requests[0]?.body).toBe(BULK_BODY);
    expect(requests[0]?.extraHeaders?.["x-pb-message-digest"]).toBe(BULK_DIGEST);
  });

  it("refuses a body that no longer matches its digest, without a call", async () => {
    const { popbill, requests } = fakePopbill();
    const client = createCashbillClient({ popbill });
    const tampered = { body: BULK_BODY.replace("10000", "10001"), digest: BULK_DIGEST };
    await expect(client.sendPreparedBulk(CORP_NUM, "SUB-001", tampered)).rejects.toThrow(
      /digest does not match/,
    );
    expect(requests).toHaveLength(0);
  });
});

describe("getBulkResult", () => {
  it("asks GET /Cashbill/BULK/{SubmitID}/State (§5.3)", async () => {
    const { popbill, requests } = fakePopbill({ txState: 0 });
    await createCashbillClient({ popbill }).getBulkResult(CORP_NUM, "SUB-001", "testkorea");
    expect(requests[0]).toEqual({
      corpNum: CORP_NUM,
      scopes: ["member", "140"],
      userId: "testkorea",
      method: "GET",
      path: "/Cashbill/BULK/SUB-001/State",
    });
  });
});
