import { describe, expect, it } from "vitest";
import { anonymousOperationsHint, isSubscription } from "./operations.js";

describe("anonymousOperationsHint", () => {
  it("says what to do with several operations of which some have no name", () => {
    const hint = anonymousOperationsHint(
      "mutation { bulkIssueCashbills { submitId } }\nsubscription { cashbillEvents { cursor } }",
    );
    expect(hint).toContain("2 operations and 2 without a name (mutation and subscription)");
    expect(hint).toContain("mutation BulkIssueCashbills { … }");
    expect(hint).toContain("subscription CashbillEvents { … }");
  });

  it("is silent for one anonymous operation, named operations and unparsable text", () => {
    expect(anonymousOperationsHint("{ viewer { tenant } }")).toBeNull();
    expect(anonymousOperationsHint("query A { a } query B { b }")).toBeNull();
    expect(anonymousOperationsHint("query {")).toBeNull();
  });
});

describe("isSubscription", () => {
  it("looks at the operation to run", () => {
    expect(isSubscription("subscription S { clock { seq } }")).toBe(true);
    expect(isSubscription("query Q { a } subscription S { b }", "S")).toBe(true);
    expect(isSubscription("query Q { a } subscription S { b }", "Q")).toBe(false);
    expect(isSubscription("{ a }")).toBe(false);
  });
});
