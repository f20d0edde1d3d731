import { describe, expect, it } from "vitest";
import { fromNetworkError } from "./from-network-error.js";
import {
  UpstreamConnectionError,
  UpstreamServerError,
  UpstreamTimeoutError,
  isRetryable,
} from "./upstream-error.js";

function fetchFailed(code: string): Error {
  return new TypeError("fetch failed", { cause: Object.assign(new Error(code), { code }) });
}

describe("fromNetworkError", () => {
  it("maps a reset wrapped by undici to a connection error with its errno", () => {
    const error = fromNetworkError(fetchFailed("ECONNRESET"), {
      upstream: "popbill",
      requestId: "r",
    });
    expect(error).toBeInstanceOf(UpstreamConnectionError);
    expect(error).toMatchObject({ errno: "ECONNRESET", connectFailed: false, requestId: "r" });
  });

  it("marks a refused connection as never sent", () => {
    const error = fromNetworkError(fetchFailed("ECONNREFUSED"), { upstream: "iamport" });
    expect(error).toMatchObject({ errno: "ECONNREFUSED", connectFailed: true });
  });

  it("maps our own deadline to a timeout error", () => {
    const error = fromNetworkError(new DOMException("aborted", "AbortError"), {
      upstream: "linkhub",
      timedOut: true,
    });
    expect(error).toBeInstanceOf(UpstreamTimeoutError);
  });

  it("maps an undici headers timeout to a timeout error", () => {
    expect(
      fromNetworkError(fetchFailed("UND_ERR_HEADERS_TIMEOUT"), { upstream: "popbill" }),
    ).toBeInstanceOf(UpstreamTimeoutError);
  });

  it("keeps the thrown error as the cause", () => {
    const thrown = fetchFailed("EPIPE");
    expect(fromNetworkError(thrown, { upstream: "popbill" }).cause).toBe(thrown);
  });

  it("passes an UpstreamError through unchanged", () => {
    const original = new UpstreamServerError({ upstream: "popbill", message: "x" });
    expect(fromNetworkError(original, { upstream: "popbill" })).toBe(original);
  });

  it("copes with a thrown non-error", () => {
    expect(fromNetworkError("boom", { upstream: "popbill" })).toBeInstanceOf(
      UpstreamConnectionError,
    );
  });
});

describe("isRetryable", () => {
  it("says yes to connection errors, timeouts and server errors", () => {
    const init = { upstream: "popbill" as const, message: "x" };
    expect(
      [
        new UpstreamConnectionError(init),
        new UpstreamTimeoutError(init),
        new UpstreamServerError(init),
      ].map(isRetryable),
    ).toEqual([true, true, true]);
  });

  it("says no to anything that is not an upstream error", () => {
    expect(isRetryable(new Error("x"))).toBe(false);
  });
});
