import { describe, expect, it } from "vitest";
import { UpstreamBusinessError } from "@korbill/core-upstream";
import { REDACTED, cardSecrets, redactText } from "./redact.js";
import { redactError, redactReply } from "./redact-reply.js";

const R = REDACTED;

describe("redactText", () => {
  it.each([
    ["4111111111111111", R],
    ["카드 4111-1111-1111-1111 거절", `카드 ${R} 거절`],
    ["4111 1111 1111 1111", R],
    ["4111.1111.1111.1111", R],
    ["4111 – 1111 – 1111 – 1111", R],
    ["4111-11 11-1111 -1111", R],
    ["3782-822463-10005 (amex)", `${R} (amex)`],
    ["number 4111111111111111234", `number ${R}`],
    ["유효기간 2031-12 오류", `유효기간 ${R} 오류`],
    ["expired 2031/12", `expired ${R}`],
    ["(203112)", `(${R})`],
    ["valid thru 12/31", `valid thru ${R}`],
    ["valid thru 12/2031", `valid thru ${R}`],
    ["생년월일 900101 불일치", `생년월일 ${R} 불일치`],
    ["birth=900101", `birth=${R}`],
    ["(900101)", `(${R})`],
    ["사업자번호 220-81-12345", `사업자번호 ${R}`],
    ["corp 2208112345 refused", `corp ${R} refused`],
    ["pwd_2digit=12", `pwd_2digit=${R}`],
    ['{"pwd_2digit":"12"}', `{"pwd_2digit":"${R}"}`],
    ['{\\"pwd_2digit\\":\\"12\\"}', `{\\"pwd_2digit\\":\\"${R}\\"}`],
    ["비밀번호 앞 2자리 12 불일치", `비밀번호 앞 2자리 ${R} 불일치`],
    ["비밀번호앞2자리: 34", `비밀번호앞2자리: ${R}`],
    ["비밀번호는 34", `비밀번호는 ${R}`],
    ["PIN 12", `PIN ${R}`],
    ["cvc: 123", `cvc: ${R}`],
  ])("masks %j", (input, expected) => {
    expect(redactText(input)).toBe(expected);
  });

  it.each([
    "카드정보 인증에 실패하였습니다. [F113]거래거절 카드번호틀림",
    "카드정보 인증 및 빌키 발급에 실패하였습니다. [F112]유효하지않은 카드번호를 입력하셨습니다. (card_bin 없음)",
    "비밀번호 앞 2자리 형식 오류",
    "유효기간 오류",
    "한도초과",
    "이미 주문이 이루어진 건입니다.",
    "요청하신 customer_uid(cust_1001_3456)로 등록된 정보를 찾을 수 없습니다.",
    "merchant_uid sub_1001_202501 / order_20250101_0001 / imp_123456789012",
    "결제금액 9,900원, 1,000,000원, 150101원",
    "2025-01-31 결제, 20250131 처리",
    "010-1234-5678",
    "192.168.100.200",
    "card 411111******1111",
    "[F112] 3건 12개월 할부",
  ])("keeps %j", (input) => {
    expect(redactText(input)).toBe(input);
  });

  it("masks the request's own values first, and is idempotent", () => {
    const secrets = cardSecrets({ card_number: "4111-1111-1111-1111", expiry: "2031-12" });
    const once = redactText("x4111111111111111y 2031-12", secrets);
    expect(once).toBe(`x${R}y ${R}`);
    expect(redactText(once, secrets)).toBe(once);
  });
});

describe("redactReply", () => {
  it("masks free text everywhere and keeps identifiers, amounts and masked numbers", () => {
    const reply = {
      imp_uid: "imp_123456789012",
      merchant_uid: "ord_4111111111111111",
      amount: 4111111111111111,
      status: "failed",
      card_number: "411111******1111",
      fail_reason: "한도초과 4111 1111 1111 1111",
      buyer_name: "홍 900101",
      cancel_history: [{ reason: "pwd_2digit=12", amount: 100, receipt_url: "https://r/20311200" }],
      cancel_receipt_urls: ["https://r/4111111111111111"],
      new_field_added_later: "2031-12",
    };
    expect(redactReply(reply)).toEqual({
      ...reply,
      fail_reason: `한도초과 ${R}`,
      buyer_name: `홍 ${R}`,
      cancel_history: [
        { reason: `pwd_2digit=${R}`, amount: 100, receipt_url: "https://r/20311200" },
      ],
      new_field_added_later: R,
    });
  });

  it("re-masks a card_number that came back whole", () => {
    expect(redactReply({ card_number: "4111-1111-1111-1111" })).toEqual({
      card_number: "411111******1111",
    });
  });
});

describe("redactError", () => {
  it("keeps the class and code of an upstream error and masks its message", () => {
    const error = new UpstreamBusinessError({
      upstream: "iamport",
      status: 200,
      code: -1,
      message: "[F113]거래거절 card_number=4111-1111-1111-1111 birth=900101",
    });
    const redacted = redactError(error);
    expect(redacted).toBeInstanceOf(UpstreamBusinessError);
    expect(redacted.message).toBe(`[F113]거래거절 card_number=${R} birth=${R}`);
    expect((redacted as UpstreamBusinessError).code).toBe(-1);
  });
});
