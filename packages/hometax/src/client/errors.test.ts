import {
  UpstreamAuthenticationError,
  UpstreamBusinessError,
  UpstreamConnectionError,
  UpstreamError,
} from "@korbill/core-upstream";
import { describe, expect, it } from "vitest";
import { isHometaxRefusal, redacted, requireSuccess } from "./errors.js";
import { popbillRefusal } from "../testing/fake-popbill.js";

describe("HomeTax errors", () => {
  it.each([
    ["-11100001 Failed login HomeTax", popbillRefusal(-11100001, "Failed login HomeTax"), true],
    [
      "-11100025 (no authentication information)",
      popbillRefusal(-11100025, "does not exist"),
      true,
    ],
    [
      "-11100024 dept user lacks cash-receipt rights",
      popbillRefusal(-11100024, "not registered"),
      true,
    ],
    ["a token failure", popbillRefusal(-10000033, "Token Interpretation failed."), false],
    ["an outage", popbillRefusal(-11100009, "Invalid response from HomeTax", 503), false],
    [
      "a network failure",
      new UpstreamConnectionError({ upstream: "popbill", message: "reset" }),
      false,
    ],
    ["a non-upstream error", new Error("bug"), false],
  ])("reads %s as a HomeTax refusal: %s", (_name, error, expected) => {
    expect(isHometaxRefusal(error)).toBe(expected);
  });

  it("classifies -11100001 as a business refusal (UPSTREAM_ERROR, not an auth failure of korbill)", () => {
    const error = popbillRefusal(-11100001, "Failed login HomeTax");
    expect(error).toBeInstanceOf(UpstreamBusinessError);
    expect(error).not.toBeInstanceOf(UpstreamAuthenticationError);
  });

  it("masks secrets and keeps the class, code and status", () => {
    const error = redacted(popbillRefusal(-11100001, "login pw=hunter2 refused"), ["hunter2"]);
    expect(error).toBeInstanceOf(UpstreamBusinessError);
    expect(error).toMatchObject({ message: "login pw=*** refused", code: -11100001, status: 400 });
  });

  it("leaves an error without secrets untouched", () => {
    const original = popbillRefusal(-11100001, "Failed login HomeTax");
    expect(redacted(original, ["hunter2", ""])).toBe(original);
  });

  it("turns a 200 reply with code != 1 into the error its code stands for", () => {
    expect(requireSuccess({ code: 1, message: "ok" })).toEqual({ code: 1, message: "ok" });
    const thrown = (() => {
      try {
        requireSuccess({ code: -11100001, message: "Failed login HomeTax" });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(thrown).toBeInstanceOf(UpstreamError);
    expect(thrown).toMatchObject({ code: -11100001, message: "Failed login HomeTax" });
  });
});
