import { describe, expect, it } from "vitest";
import { LoginRegistry } from "./logins.js";

describe("LoginRegistry", () => {
  it("treats ids case-insensitively and remembers whose they are", () => {
    const logins = new LoginRegistry();
    logins.register("TestUser", "1234567890");
    expect(logins.taken("testuser")).toBe(true);
    expect(logins.corpNumOf("TESTUSER")).toBe("1234567890");
    expect(() => logins.register("testUSER", "6798700433")).toThrow(/already exists/);
  });

  it("stores a salted hash, never the password, and verifies it", () => {
    const logins = new LoginRegistry();
    logins.register("alpha01", "1234567890", "pass-word1");
    logins.register("beta001", "1234567890", "pass-word1");
    expect(logins.hasPassword("alpha01")).toBe(true);
    expect(logins.verify("alpha01", "pass-word1")).toBe(true);
    expect(logins.verify("alpha01", "pass-word2")).toBe(false);
    expect(JSON.stringify(logins)).not.toContain("pass-word1");
  });

  it("verifies nothing for a login without a password", () => {
    const logins = new LoginRegistry();
    logins.register("seeded1", "1234567890");
    expect(logins.hasPassword("seeded1")).toBe(false);
    expect(logins.verify("seeded1", "")).toBe(false);
    expect(logins.verify("unknown", "x")).toBe(false);
  });
});
