import { describe, expect, it } from "vitest";
import { fromResponse } from "./from-response.js";
import {
  type Upstream,
  UpstreamAuthenticationError,
  UpstreamBusinessError,
  UpstreamConflictError,
  UpstreamError,
  type UpstreamErrorClass,
  UpstreamInvalidRequestError,
  UpstreamNotFoundError,
  UpstreamPermissionError,
  UpstreamRateLimitError,
  UpstreamServerError,
  UpstreamTimeoutError,
} from "./upstream-error.js";

const pb = (code: number | string, message = "m") => JSON.stringify({ code, message });
const imp = (code: number, message: string | null) =>
  JSON.stringify({ code, message, response: null });

type Row = [string, Upstream, number, unknown, UpstreamErrorClass, number | undefined];

const ROWS: Row[] = [
  [
    "token interpretation failed",
    "popbill",
    400,
    pb(-10000033),
    UpstreamAuthenticationError,
    -10000033,
  ],
  ["token not entered", "popbill", 401, pb(-10000034), UpstreamAuthenticationError, -10000034],
  [
    "token generation failed at Linkhub",
    "linkhub",
    400,
    pb(-10000032),
    UpstreamAuthenticationError,
    -10000032,
  ],
  [
    "access IP information missing",
    "linkhub",
    400,
    pb(-10000029),
    UpstreamPermissionError,
    -10000029,
  ],
  [
    "no cash receipt for the MgtKey",
    "popbill",
    400,
    pb(-14000003),
    UpstreamNotFoundError,
    -14000003,
  ],
  [
    "cash receipt info does not exist",
    "popbill",
    500,
    pb(-14000000),
    UpstreamNotFoundError,
    -14000000,
  ],
  ["insufficient authority", "popbill", 400, pb(-14000002), UpstreamPermissionError, -14000002],
  ["MgtKey already in use", "popbill", 400, pb(-14001019), UpstreamConflictError, -14001019],
  [
    "MgtKey in use by another receipt, even on a 500",
    "popbill",
    500,
    pb(-14000004),
    UpstreamConflictError,
    -14000004,
  ],
  [
    "supplyCost missing (validation family)",
    "popbill",
    400,
    pb(-14001010),
    UpstreamInvalidRequestError,
    -14001010,
  ],
  [
    "original receipt not yet filed",
    "popbill",
    400,
    pb(-14001021),
    UpstreamBusinessError,
    -14001021,
  ],
  ["HomeTax login failed", "popbill", 401, pb(-11100001), UpstreamBusinessError, -11100001],
  ["no member for BRN", "popbill", 400, pb(-10000014), UpstreamNotFoundError, -10000014],
  ["already signed up", "popbill", 400, pb(-10001000), UpstreamConflictError, -10001000],
  [
    "SDK-local code on a 500 goes by status",
    "popbill",
    500,
    pb(-99999999),
    UpstreamServerError,
    -99999999,
  ],
  [
    "SDK-local code as a string on a 400",
    "linkhub",
    400,
    pb("-99999999"),
    UpstreamInvalidRequestError,
    -99999999,
  ],
  [
    "unknown code on a 403 goes by status",
    "popbill",
    403,
    pb(-12345678),
    UpstreamPermissionError,
    -12345678,
  ],
  [
    "unknown code on a 418 is an invalid request",
    "popbill",
    418,
    pb(-12345678),
    UpstreamInvalidRequestError,
    -12345678,
  ],
  [
    "HTML from a proxy on a 502",
    "popbill",
    502,
    "<html>Bad Gateway</html>",
    UpstreamServerError,
    undefined,
  ],
  ["empty body on a 429", "popbill", 429, "", UpstreamRateLimitError, undefined],
  [
    "unknown code on a 302 falls back to the generic class",
    "popbill",
    302,
    pb(-12345678),
    UpstreamError,
    -12345678,
  ],
  [
    "i'mport wrong secret (401)",
    "iamport",
    401,
    imp(-1, "인증에 실패하였습니다. API키와 secret을 확인하세요."),
    UpstreamAuthenticationError,
    -1,
  ],
  [
    "i'mport missing token (401)",
    "iamport",
    401,
    imp(-1, "Unauthorized"),
    UpstreamAuthenticationError,
    -1,
  ],
  [
    "i'mport missing parameters (400)",
    "iamport",
    400,
    imp(-1, "imp_key, imp_secret 파라메터가 누락되었습니다."),
    UpstreamInvalidRequestError,
    -1,
  ],
  [
    "i'mport unknown payment (404)",
    "iamport",
    404,
    imp(-1, "존재하지 않는 결제정보입니다."),
    UpstreamNotFoundError,
    -1,
  ],
  [
    "i'mport unknown buyer (200, code 1)",
    "iamport",
    200,
    imp(1, "등록되지 않은 구매자입니다."),
    UpstreamBusinessError,
    1,
  ],
  [
    "i'mport card refused (200, code -1)",
    "iamport",
    200,
    imp(-1, "카드정보 인증에 실패하였습니다. [F113]거래거절 카드번호틀림"),
    UpstreamBusinessError,
    -1,
  ],
  ["i'mport internal error (500)", "iamport", 500, imp(-1, null), UpstreamServerError, -1],
  ["i'mport 408", "iamport", 408, "", UpstreamTimeoutError, undefined],
  [
    "i'mport parsed envelope object",
    "iamport",
    200,
    { code: 1, message: "취소할 결제건이 존재하지 않습니다.", response: null },
    UpstreamBusinessError,
    1,
  ],
];

describe("fromResponse", () => {
  it.each(ROWS)("maps %s", (_label, upstream, status, body, errorClass, code) => {
    const error = fromResponse({ upstream, status, body, requestId: "req-1" });
    expect(error.constructor).toBe(errorClass);
    expect(error).toMatchObject({ upstream, status, code, requestId: "req-1" });
  });

  it("keeps the upstream message", () => {
    const error = fromResponse({
      upstream: "popbill",
      status: 400,
      body: pb(-14001019, "이미 사용중인 관리번호"),
    });
    expect(error.message).toBe("이미 사용중인 관리번호");
  });

  it("does not put a non-JSON body into the message", () => {
    const error = fromResponse({
      upstream: "popbill",
      status: 502,
      body: "<html>secret stack</html>",
    });
    expect(error.message).toBe("POPBiLL answered HTTP 502");
  });

  it("carries the Retry-After delay", () => {
    expect(
      fromResponse({ upstream: "iamport", status: 429, body: "", retryAfterMs: 2_000 })
        .retryAfterMs,
    ).toBe(2_000);
  });
});
