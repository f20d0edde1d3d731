import { describe, expect, it } from "vitest";
import { CorpNumError, type Tenant, resolveCorpNum } from "./tenant.js";

const member: Tenant = {
  keyId: "k1",
  kind: "member",
  name: "m",
  stage: "local",
  corpNums: ["1234567890", "6798700433"],
  userId: null,
};
const partner: Tenant = { ...member, keyId: "k2", kind: "partner", corpNums: [] };

describe("resolveCorpNum", () => {
  it("uses a member key's first corpNum by default", () => {
    expect(resolveCorpNum(member)).toBe("1234567890");
  });
  it("lets a member key pick another of its own corpNums, dashes allowed", () => {
    expect(resolveCorpNum(member, "679-87-00433")).toBe("6798700433");
  });
  it("forbids a member key to act for a foreign corpNum", () => {
    expect(() => resolveCorpNum(member, "1111111111")).toThrow(CorpNumError);
  });
  it("lets a partner key act for any corpNum it names", () => {
    expect(resolveCorpNum(partner, "1111111111")).toBe("1111111111");
  });
  it("requires a partner key without a default to name the corpNum", () => {
    expect(() => resolveCorpNum(partner)).toThrow(/required/);
  });
  it("rejects a malformed corpNum", () => {
    expect(() => resolveCorpNum(partner, "12345")).toThrow(/10 digits/);
  });
});
