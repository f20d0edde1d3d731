import { describe, expect, it } from "vitest";
import { DEMO_MEMBERS, DEMO_PARTNER } from "../seeds.js";
import { remainPoint, SandboxState } from "./state.js";

function seeded(): SandboxState {
  const state = new SandboxState();
  state.addPartner(DEMO_PARTNER);
  for (const member of DEMO_MEMBERS) state.addMember(member);
  return state;
}

describe("SandboxState", () => {
  it("holds the demo members with their point balances", () => {
    const state = seeded();
    expect(remainPoint(state.member("1234567890")!)).toBe(100_000);
    expect(remainPoint(state.member("6798700433")!)).toBe(50_000);
    expect(state.partner("TESTER")?.partnerPoint).toBe(1_000_000);
  });

  it("finds a member only under the partner it is linked to", () => {
    const state = seeded();
    state.addPartner({ linkId: "OTHER", secretKey: "AAAA" });
    expect(state.memberOf("TESTER", "1234567890")?.corpName).toBe("데모상사");
    expect(state.memberOf("OTHER", "1234567890")).toBeUndefined();
  });

  it("rejects a CorpNum that is not 10 digits", () => {
    const state = seeded();
    expect(() => state.addMember({ ...DEMO_MEMBERS[0], corpNum: "123-45-67890" })).toThrow(
      /10 digits/,
    );
  });

  it("rejects a duplicate member and a member of an unknown partner", () => {
    const state = seeded();
    expect(() => state.addMember(DEMO_MEMBERS[0])).toThrow(/already exists/);
    expect(() =>
      state.addMember({ ...DEMO_MEMBERS[0], corpNum: "1111111111", linkId: "NOPE" }),
    ).toThrow(/unknown partner/);
  });

  it("rejects a SecretKey that is not base64", () => {
    expect(() => new SandboxState().addPartner({ linkId: "X", secretKey: "not base64!" })).toThrow(
      /base64/,
    );
  });

  it("does not share user arrays with the seed", () => {
    const users = [{ userId: "u1", userName: "one" }];
    const state = seeded();
    state.addMember({
      corpNum: "1111111111",
      corpName: "c",
      ceoName: "c",
      linkId: "TESTER",
      users,
    });
    users.push({ userId: "u2", userName: "two" });
    expect(state.member("1111111111")?.users).toHaveLength(1);
  });
});

describe("SandboxState logins", () => {
  it("refuses a member whose user id another member already has, or that repeats one", () => {
    const state = seeded();
    const seed = { corpNum: "1111111111", corpName: "c", ceoName: "c", linkId: "TESTER" };
    expect(() =>
      state.addMember({ ...seed, users: [{ userId: "TestKorea", userName: "x" }] }),
    ).toThrow(/user id TestKorea already exists/);
    expect(() =>
      state.addMember({
        ...seed,
        users: [
          { userId: "twin01", userName: "a" },
          { userId: "TWIN01", userName: "b" },
        ],
      }),
    ).toThrow(/already exists/);
    expect(state.member("1111111111")).toBeUndefined();
    expect(state.logins.taken("twin01")).toBe(false);
  });
});
