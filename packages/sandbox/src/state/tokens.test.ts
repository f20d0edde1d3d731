import { describe, expect, it } from "vitest";
import { type TokenGrant, TokenStore } from "./tokens.js";

const issuedAt = new Date("2026-11-23T01:02:03.000Z");
const grant: TokenGrant = {
  serviceId: "POPBILL_TEST",
  linkId: "TESTER",
  corpNum: "1234567890",
  scopes: ["member", "140"],
  ipAddress: "*",
  userCode: "u",
  issuedAt,
  expiresAt: new Date(issuedAt.getTime() + 1_000),
};

describe("TokenStore", () => {
  it("issues a fresh token for every identical grant", () => {
    const store = new TokenStore();
    const tokens = new Set(
      [store.issue(grant), store.issue(grant), store.issue(grant)].map((t) => t.token),
    );
    expect(tokens.size).toBe(3);
  });

  it("accepts a token up to and including its expiry instant", () => {
    const store = new TokenStore();
    const { token } = store.issue(grant);
    expect(store.lookup(token, grant.expiresAt)?.corpNum).toBe("1234567890");
  });

  it("refuses and forgets a token one millisecond after expiry", () => {
    const store = new TokenStore();
    const { token } = store.issue(grant);
    expect(store.lookup(token, new Date(grant.expiresAt.getTime() + 1))).toBeUndefined();
    expect(store.known(token)).toBe(false);
  });

  it("refuses a token it never issued", () => {
    expect(new TokenStore().lookup("forged", issuedAt)).toBeUndefined();
  });
});
