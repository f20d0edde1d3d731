/**
 * The sandbox's deterministic bank data for 예금주조회 (account-holder checks).
 *
 * Institutions: the codes POPBiLL lists for its bank services (4 digits); any other 4-digit
 * code is refused as unsupported [INF].
 */
export const INSTITUTIONS: Readonly<Record<string, string>> = {
  "0002": "산업은행",
  "0003": "기업은행",
  "0004": "국민은행",
  "0007": "수협은행",
  "0011": "농협은행",
  "0020": "우리은행",
  "0023": "SC제일은행",
  "0027": "씨티은행",
  "0031": "대구은행",
  "0032": "부산은행",
  "0034": "광주은행",
  "0035": "제주은행",
  "0037": "전북은행",
  "0039": "경남은행",
  "0045": "새마을금고",
  "0048": "신협",
  "0071": "우체국",
  "0081": "하나은행",
  "0088": "신한은행",
  "0089": "케이뱅크",
  "0090": "카카오뱅크",
  "0092": "토스뱅크",
};

/** A demo account: who holds it and with which identity number. */
export interface DemoAccount {
  readonly bankCode: string;
  readonly accountNumber: string;
  /** 예금주 성명. */
  readonly holder: string;
  /** P 개인 (birth date yyMMdd) or B 사업자 (BRN). */
  readonly identityNumType: "P" | "B";
  readonly identityNum: string;
  /** A closed account (해지계좌): checks answer result `0002`. */
  readonly closed?: boolean;
}

/**
 * Demo accounts. Every other well-formed account of a supported institution does not
 * exist (result `0001`).
 */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    bankCode: "0004",
    accountNumber: "1234567890123",
    holder: "홍길동",
    identityNumType: "P",
    identityNum: "900101",
  },
  {
    bankCode: "0088",
    accountNumber: "110123456789",
    holder: "김영희",
    identityNumType: "P",
    identityNum: "850315",
  },
  {
    bankCode: "0020",
    accountNumber: "1002123456789",
    holder: "데모상사",
    identityNumType: "B",
    identityNum: "1234567890",
  },
  {
    bankCode: "0081",
    accountNumber: "12345678901234",
    holder: "예제물산",
    identityNumType: "B",
    identityNum: "6798700433",
  },
  {
    bankCode: "0011",
    accountNumber: "3020000000001",
    holder: "이해지",
    identityNumType: "P",
    identityNum: "770707",
    closed: true,
  },
];

/** The demo account with this bank code and number. */
export function findAccount(bankCode: string, accountNumber: string): DemoAccount | undefined {
  return DEMO_ACCOUNTS.find((a) => a.bankCode === bankCode && a.accountNumber === accountNumber);
}
