import { KorbillError } from "@korbill/client";
import { describe, expect, it } from "vitest";
import { toShownErrors } from "./shown-errors.js";

describe("errors as the page shows them", () => {
  it("keeps each GraphQL error's code and message, with the upstream code and bad fields", () => {
    const error = KorbillError.fromGraphQLErrors([
      {
        message: "2 problems",
        extensions: {
          code: "BAD_USER_INPUT",
          problems: [{ path: "cashbills.3.identityNum", message: "not a phone number" }],
        },
      },
      {
        message: "Failed login HomeTax",
        extensions: { code: "UPSTREAM_ERROR", upstream: "popbill", upstreamCode: -11100001 },
      },
    ]);
    expect(toShownErrors(error)).toEqual([
      {
        code: "BAD_USER_INPUT",
        message: "2 problems",
        details: ["cashbills.3.identityNum: not a phone number"],
      },
      {
        code: "UPSTREAM_ERROR",
        message: "Failed login HomeTax",
        details: ["popbill code -11100001"],
      },
    ]);
  });

  it("shows the client's own failures by their code", () => {
    const error = new KorbillError("could not reach the gateway", "NETWORK_ERROR");
    expect(toShownErrors(error)).toEqual([
      { code: "NETWORK_ERROR", message: "could not reach the gateway", details: [] },
    ]);
  });

  it("never shows a stack", () => {
    const shown = toShownErrors(new Error("boom"));
    expect(shown).toEqual([{ code: "CLIENT_ERROR", message: "boom", details: [] }]);
    expect(JSON.stringify(shown)).not.toContain("shown-errors.test");
  });
});
