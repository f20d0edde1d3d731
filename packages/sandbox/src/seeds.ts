import { type MemberSeed, type PartnerSeed } from "./state/types.js";

/**
 * The public demo partner of the official POPBiLL examples (LinkID `TESTER` and its
 * published test SecretKey), with 1,000,000 partner points.
 */
export const DEMO_PARTNER = {
  linkId: "TESTER",
  secretKey: "SwWxqU+0TErBXy/9TVjIPEnI0VTUMMSQZtJf3Ed8q3I=",
  partnerPoint: 1_000_000,
} as const satisfies PartnerSeed;

/**
 * Two demo members of {@link DEMO_PARTNER}: `1234567890` 데모상사 (user `testkorea`,
 * 100,000 points = 90,000 charged + 10,000 bonus) and `6798700433` 예제물산
 * (user `exampleuser`, 50,000 charged points), with company details for `GET /CorpInfo`.
 */
export const DEMO_MEMBERS = [
  {
    corpNum: "1234567890",
    corpName: "데모상사",
    ceoName: "김데모",
    linkId: DEMO_PARTNER.linkId,
    users: [
      {
        userId: "testkorea",
        userName: "김데모",
        email: "testkorea@example.com",
        tel: "02-1234-5678",
      },
    ],
    chargePoint: 90_000,
    bonusPoint: 10_000,
    addr: "서울특별시 강남구 테헤란로 1",
    bizType: "서비스",
    bizClass: "소프트웨어 개발",
  },
  {
    corpNum: "6798700433",
    corpName: "예제물산",
    ceoName: "이예제",
    linkId: DEMO_PARTNER.linkId,
    users: [{ userId: "exampleuser", userName: "이예제" }],
    chargePoint: 50_000,
    bonusPoint: 0,
    addr: "부산광역시 해운대구 센텀로 2",
    bizType: "도소매",
    bizClass: "전자상거래",
  },
] as const satisfies readonly MemberSeed[];
