/**
 * Scopes the POPBiLL SDKs request (popbill.md §1.5): `member` plus service codes.
 * [INF] that the real host refuses scopes outside this list.
 */
export const POPBILL_SCOPES: ReadonlySet<string> = new Set([
  "member",
  "partner",
  "110",
  "111",
  "121",
  "122",
  "123",
  "124",
  "125",
  "126",
  "140",
  "141",
  "150",
  "151",
  "152",
  "153",
  "154",
  "155",
  "156",
  "157",
  "158",
  "160",
  "161",
  "170",
  "171",
  "180",
  "182",
  "183",
]);
