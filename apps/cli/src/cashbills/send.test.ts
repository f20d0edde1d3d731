import { type KorbillClient, KorbillError } from "@korbill/client";
import { describe, expect, it } from "vitest";
import {
  type Chunk,
  type NormalizedRow,
  Outcomes,
  type SendContext,
  Tracker,
  chunkSubmitId,
  sendChunk,
} from "@korbill/cashbill-import";
import { jsonProgress } from "./progress.js";

const CORP = "1234567890";

function row(rowNumber: number): NormalizedRow {
  return {
    rowNumber,
    input: {
      mgtKey: `K-${rowNumber}`,
      tradeType: "APPROVAL",
      tradeUsage: "INCOME_DEDUCTION",
      taxationType: "TAXABLE",
      supplyCost: 1000,
      tax: 100,
      serviceFee: 0,
      totalAmount: 1100,
      identityNum: "01012345678",
    },
    problems: [],
    previousOutcome: undefined,
    previousConfirmNum: undefined,
  };
}

function chunkOf(...rowNumbers: number[]): Chunk {
  const rows = rowNumbers.map(row);
  return {
    index: 1,
    submitId: chunkSubmitId(
      CORP,
      1,
      rows.map((r) => r.input),
    ),
    rows,
  };
}

/** A client whose bulkIssueCashbills answers from `replies` in turn; records what was sent. */
function scripted(replies: (KorbillError | "ok")[]) {
  const sent: { submitId: string; mgtKeys: string[] }[] = [];
  const client = {
    async request(_doc: unknown, variables: { submitId: string; cashbills: { mgtKey: string }[] }) {
      sent.push({
        submitId: variables.submitId,
        mgtKeys: variables.cashbills.map((c) => c.mgtKey),
      });
      const reply = replies.shift() ?? "ok";
      if (reply !== "ok") throw reply;
      return { bulkIssueCashbills: { submitId: variables.submitId, state: "SUBMITTED" } };
    },
  } as unknown as KorbillClient;
  const outcomes = new Outcomes();
  const progress = jsonProgress({ write: () => undefined, error: () => undefined, isTTY: false });
  const ctx: SendContext = {
    client,
    corpNum: CORP,
    outcomes,
    tracker: new Tracker(client, CORP, outcomes, progress),
    progress,
    columnName: (field) => (field === "tax" ? "부가세 (tax)" : field),
    sleep: async () => undefined,
    stopping: () => false,
  };
  return { ctx, sent, outcomes };
}

const gatewayError = (code: string, extensions: Record<string, unknown> = {}) =>
  KorbillError.fromGraphQLErrors([{ message: code, extensions: { code, ...extensions } }]);

describe("sendChunk", () => {
  it("maps the gateway's BAD_USER_INPUT back to rows and columns, and sends the rest anew", async () => {
    const { ctx, sent, outcomes } = scripted([
      gatewayError("BAD_USER_INPUT", {
        problems: [{ path: "cashbills.1.tax", message: "must be 0 for a TAX_FREE sale" }],
      }),
    ]);
    const chunk = chunkOf(2, 3, 4);
    await sendChunk(ctx, chunk);
    expect(outcomes.get(3)).toEqual({
      status: "INVALID",
      code: "BAD_USER_INPUT",
      message: "부가세 (tax) must be 0 for a TAX_FREE sale",
    });
    expect(sent.map((s) => s.mgtKeys)).toEqual([
      ["K-2", "K-3", "K-4"],
      ["K-2", "K-4"],
    ]);
    expect(sent[1]!.submitId).not.toBe(chunk.submitId);
    expect(sent[1]!.submitId).toBe(chunkSubmitId(CORP, 1, [row(2).input, row(4).input], "retry1"));
    expect([outcomes.get(2)?.status, outcomes.get(4)?.status]).toEqual(["PENDING", "PENDING"]);
  });

  it("sends the same SubmitID again after a network failure", async () => {
    const { ctx, sent } = scripted([gatewayError("NETWORK_ERROR"), gatewayError("NETWORK_ERROR")]);
    const chunk = chunkOf(2);
    await sendChunk(ctx, chunk);
    expect(sent.map((s) => s.submitId)).toEqual([chunk.submitId, chunk.submitId, chunk.submitId]);
  });

  it("follows a bulk whose SubmitID is taken instead of sending it again", async () => {
    const { ctx, sent, outcomes } = scripted([gatewayError("CONFLICT", { submitId: "x" })]);
    await sendChunk(ctx, chunkOf(2, 3));
    expect(sent).toHaveLength(1);
    expect(ctx.tracker.open).toBe(1);
    expect(outcomes.get(2)?.status).toBe("PENDING");
  });

  it("stops the run on a refused key", async () => {
    const { ctx } = scripted([gatewayError("UNAUTHENTICATED")]);
    await expect(sendChunk(ctx, chunkOf(2))).rejects.toThrow(/UNAUTHENTICATED/);
  });
});
