import { describe, expect, it } from "vitest";
import {
  AccountCheckOutcome,
  ContactRole,
  IdentityType,
  PaymentStatus,
  PointsItem,
  PointsService,
  PointsSortOrder,
  RefundStatus,
} from "../enums.js";
import { toChargeInfo, toPage, toPayment, toRefund, toUseEntry, wholePoints } from "./from-wire.js";
import {
  toAccountHolder,
  toAccountVerification,
  toContact,
  toIdCheck,
  toMemberCheck,
} from "./member-views.js";
import {
  toContactForm,
  toHistoryQuery,
  toJoinForm,
  toPageQuery,
  toPaymentForm,
  toRefundForm,
  toUseHistoryQuery,
  toVerificationArgs,
} from "./to-wire.js";

describe("from the wire", () => {
  it("reads string amounts as numbers and KST times as ISO +09:00", () => {
    expect(
      toPayment({
        productType: "포인트 충전",
        settleCost: "110000",
        settlePoint: "110000",
        settleState: 2,
        regDT: "20261123100203",
        stateDT: "",
      }),
    ).toMatchObject({
      settleCost: 110000,
      settlePoint: 110000,
      settleState: 2,
      settleStatus: PaymentStatus.COMPLETED,
      registeredAt: "2026-11-23T10:02:03+09:00",
      stateChangedAt: null,
    });
  });

  it("keeps an unknown settleState raw and maps it to UNKNOWN", () => {
    const view = toPayment({ settleState: "9" });
    expect(view.settleState).toBe(9);
    expect(view.settleStatus).toBe(PaymentStatus.UNKNOWN);
    expect(toPayment({}).settleStatus).toBe(PaymentStatus.UNKNOWN);
  });

  it("nulls an amount that is not a whole number instead of breaking the Int field", () => {
    expect(toPayment({ settleCost: "12.5", settlePoint: "abc" })).toMatchObject({
      settleCost: null,
      settlePoint: null,
    });
  });

  it("keeps fractional ledger points and maps service codes, unknown ones to UNKNOWN", () => {
    expect(
      toUseEntry({
        itemCode: "140",
        txType: 2,
        txPoint: "5.5",
        balance: "994.5",
        txDT: "20261123100203",
      }),
    ).toEqual({
      itemCode: 140,
      item: PointsItem.CASHBILL,
      txType: 2,
      points: 5.5,
      balance: 994.5,
      at: "2026-11-23T10:02:03+09:00",
      userId: null,
      userName: null,
    });
    expect(toUseEntry({ itemCode: 999 }).item).toBe(PointsItem.UNKNOWN);
    expect(toUseEntry({ itemCode: 183 }).item).toBe(PointsItem.ACCOUNT_CHECK_REAL_NAME);
  });

  it("maps refund states, unknown ones to UNKNOWN", () => {
    expect(toRefund({ state: 1, requestPoint: "5000", accountBank: "국민" })).toMatchObject({
      state: 1,
      status: RefundStatus.REQUESTED,
      requestPoint: 5000,
      bankName: "국민",
    });
    expect(toRefund({ state: 42 }).status).toBe(RefundStatus.UNKNOWN);
  });

  it("reads page counters sent as strings and tolerates a missing list", () => {
    expect(toPage({ total: "3", perPage: "500", pageNum: "1", pageCount: "1" }, toRefund)).toEqual({
      list: [],
      total: 3,
      page: 1,
      perPage: 500,
      pageCount: 1,
    });
  });

  it("reads a fractional unit cost and blank charge texts", () => {
    expect(
      toChargeInfo(PointsService.CASHBILL, {
        unitCost: "5.5",
        chargeMethod: "연동과금",
        rateSystem: "",
      }),
    ).toEqual({
      service: PointsService.CASHBILL,
      unitCost: 5.5,
      chargeMethod: "연동과금",
      rateSystem: null,
    });
  });

  it("reads an account check's epoch-millisecond checkDate and result code", () => {
    const view = toAccountHolder({
      bankCode: "0004",
      accountNumber: "12345678901234",
      accountName: "홍길동",
      result: "0000",
      resultMessage: "성공",
      checkDate: "1795395723000",
    });
    expect(view).toEqual({
      bankCode: "0004",
      accountNumber: "12345678901234",
      accountHolder: "홍길동",
      result: "0000",
      resultMessage: "성공",
      outcome: AccountCheckOutcome.SUCCESS,
      checkedAt: "2026-11-23T10:02:03+09:00",
    });
    expect(toAccountHolder({ result: "1001" }).outcome).toBe(AccountCheckOutcome.FAILURE);
    expect(toAccountHolder({}).outcome).toBe(AccountCheckOutcome.UNKNOWN);
  });

  it("reads a depositor check's identity type, unknown ones as null", () => {
    expect(
      toAccountVerification({ identityNumType: "B", identityNum: "1234567890" }),
    ).toMatchObject({
      identityType: IdentityType.BUSINESS,
      identityNum: "1234567890",
    });
    expect(toAccountVerification({ identityNumType: "Z" }).identityType).toBeNull();
  });

  it("maps member checks: CheckIsMember 1 = member, CheckID 0 = available", () => {
    expect(toMemberCheck("1234567890", { code: 1, message: "가입" }).isMember).toBe(true);
    expect(toMemberCheck("1234567890", { code: 0 }).isMember).toBe(false);
    expect(toIdCheck("korbill01", { code: 0 }).available).toBe(true);
    expect(toIdCheck("korbill01", { code: 1 }).available).toBe(false);
  });

  it("maps contact roles and keeps unknown ones raw", () => {
    expect(toContact({ id: "a", searchRole: 3, mgrYN: true, state: 1 })).toMatchObject({
      role: ContactRole.COMPANY,
      searchRole: 3,
      admin: true,
      state: "1",
    });
    expect(toContact({ searchRole: "7" })).toMatchObject({
      role: ContactRole.UNKNOWN,
      searchRole: 7,
    });
  });

  it("rounds a fractional balance down to whole points", () => {
    expect(wholePoints(12345.99)).toBe(12345);
    expect(wholePoints(100)).toBe(100);
  });
});

describe("to the wire", () => {
  it("sends dates as yyyyMMdd and fills POPBiLL's paging defaults", () => {
    expect(toHistoryQuery({ from: "2026-11-01", to: "2026-11-30" })).toEqual({
      sDate: "20261101",
      eDate: "20261130",
      page: 1,
      perPage: 500,
    });
    expect(toPageQuery({ page: 2 })).toEqual({ page: 2, perPage: 500 });
  });

  it("orders the ledger newest first unless told otherwise", () => {
    expect(toUseHistoryQuery({ from: "2026-11-01", to: "2026-11-30" }).order).toBe("D");
    expect(
      toUseHistoryQuery({ from: "2026-11-01", to: "2026-11-30", order: PointsSortOrder.ASC }).order,
    ).toBe("A");
  });

  it("sends amounts as strings of digits", () => {
    expect(
      toPaymentForm({
        settlerName: " 담당자 ",
        settlerEmail: "a@b.co",
        notifyPhone: "010-1234-5678",
        depositorName: "입금자",
        settleCost: 110000,
      }),
    ).toEqual({
      settlerName: "담당자",
      settlerEmail: "a@b.co",
      notifyHP: "010-1234-5678",
      paymentName: "입금자",
      settleCost: "110000",
    });
    expect(
      toRefundForm({
        contactName: "담당자",
        contactPhone: "02-1234-5678",
        requestPoint: 5000,
        bankName: "국민",
        accountNumber: "123456-01-234567",
        accountHolder: "코빌",
        reason: "해지",
      }),
    ).toMatchObject({ requestPoint: "5000", accountNum: "12345601234567" });
  });

  it("strips dashes and spells identity types as P/B", () => {
    expect(
      toVerificationArgs({
        bankCode: "0088",
        accountNumber: "110-123-456789",
        identityType: IdentityType.BUSINESS,
        identityNum: "123-45-67890",
      }),
    ).toEqual({
      bankCode: "0088",
      accountNumber: "110123456789",
      identityNumType: "B",
      identityNum: "1234567890",
    });
  });

  it("builds the JoinForm without dashes in the BRN, and contacts with searchRole numbers", () => {
    const join = toJoinForm({
      corpNum: "123-45-67890",
      ceoName: "대표",
      corpName: "코빌",
      address: "서울",
      bizType: "서비스",
      bizClass: "소프트웨어",
      id: "korbill_01",
      password: "s3cret!Pass",
      contactName: "담당자",
      contactEmail: "ops@example.com",
      contactPhone: "02-123-4567",
    });
    expect(join).toMatchObject({
      CorpNum: "1234567890",
      ID: "korbill_01",
      Password: "s3cret!Pass",
    });
    const contact = { id: "c_000001", name: "담당", email: "c@b.co", phone: "02-123-4567" };
    expect(toContactForm({ ...contact, role: ContactRole.READ })).toEqual({
      id: "c_000001",
      personName: "담당",
      tel: "02-123-4567",
      email: "c@b.co",
      searchRole: 2,
    });
    expect(
      toContactForm({ ...contact, role: ContactRole.PERSONAL, password: "pw!12345" }),
    ).toMatchObject({
      Password: "pw!12345",
      searchRole: 1,
    });
  });
});
