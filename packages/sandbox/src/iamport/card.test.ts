import { describe, expect, it } from "vitest";
import { cardDigits, describeCard, expiryValid, luhnValid } from "./card.js";

const JAN_2025 = Date.parse("2025-01-15T00:00:00Z");

describe("card checks", () => {
  it("accepts dashed groups and 15-16 plain digits only", () => {
    expect(cardDigits("1234-5678-9012-3456")).toBe("1234567890123456");
    expect(cardDigits("378282246310005")).toBe("378282246310005");
    expect(cardDigits("1234-5678-9012")).toBeUndefined();
    expect(cardDigits("1234--5678-9012-3456")).toBeUndefined();
    expect(cardDigits("1234 5678 9012 3456")).toBeUndefined();
  });

  it("runs the Luhn check", () => {
    expect(luhnValid("4111111111111111")).toBe(true);
    expect(luhnValid("378282246310005")).toBe(true);
    expect(luhnValid("4111111111111112")).toBe(false);
  });

  it("treats the current month (KST) as not expired", () => {
    expect(expiryValid("2025-01", JAN_2025)).toBe(true);
    expect(expiryValid("2024-12", JAN_2025)).toBe(false);
    expect(expiryValid("2024-12", Date.parse("2024-12-31T15:00:00Z"))).toBe(false);
    expect(expiryValid("2025-13", JAN_2025)).toBe(false);
    expect(expiryValid("202601", JAN_2025)).toBe(false);
  });

  it("masks the middle digits and derives the issuer deterministically", () => {
    expect(describeCard("1234567890123456")).toEqual({
      card_number: "123456******3456",
      card_code: "366",
      card_name: "신한카드",
      card_type: 0,
    });
    expect(describeCard("378282246310005").card_number).toBe("378282*****0005");
    expect(describeCard("4111111111111111")).toEqual(describeCard("4111111111111111"));
  });
});
