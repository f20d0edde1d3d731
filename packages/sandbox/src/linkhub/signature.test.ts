import { describe, expect, it } from "vitest";
import { DEMO_PARTNER } from "../seeds.js";
import { linkhubSignature, linkhubStringToSign, signaturesMatch } from "./signature.js";

// Literal vectors from popbill.md §5.1.
const V1_BODY = Buffer.from('{"access_id":"1234567890","scope":["member","140"]}', "utf8");
const V1_STS =
  "POST\nWILxrnLWcZwsGfOzrydUFJ3oQpKy8d6J2hx5+kSiWGM=\n2026-11-23T01:02:03.000Z\n2.0\n/POPBILL_TEST/Token";
const V2_STS =
  "POST\nWILxrnLWcZwsGfOzrydUFJ3oQpKy8d6J2hx5+kSiWGM=\n2026-11-23T01:02:03.000Z\n*\n2.0\n/POPBILL_TEST/Token";
const base = {
  method: "POST",
  rawBody: V1_BODY,
  date: "2026-11-23T01:02:03.000Z",
  version: "2.0",
  path: "/POPBILL_TEST/Token",
};

describe("linkhubStringToSign", () => {
  it("builds the V1 string to sign byte for byte", () => {
    expect(linkhubStringToSign({ ...base, forwarded: undefined })).toBe(V1_STS);
  });

  it("puts the forwarded value between date and version as in V2", () => {
    expect(linkhubStringToSign({ ...base, forwarded: "*" })).toBe(V2_STS);
  });
});

describe("linkhubSignature", () => {
  it("reproduces the V1 and V2 signatures with the demo SecretKey", () => {
    expect(linkhubSignature(DEMO_PARTNER.secretKey, V1_STS)).toBe(
      "/6i302S1pOrxT24puBfhORQPV3gnCjr94L19ixvUR7k=",
    );
    expect(linkhubSignature(DEMO_PARTNER.secretKey, V2_STS)).toBe(
      "rY5xh3YN7+Y63ukstmjIOHlp6MqR626zjEoLkQl6B90=",
    );
  });
});

describe("signaturesMatch", () => {
  it("matches equal strings and refuses a different or shorter one", () => {
    expect(signaturesMatch("abc=", "abc=")).toBe(true);
    expect(signaturesMatch("abd=", "abc=")).toBe(false);
    expect(signaturesMatch("abc", "abc=")).toBe(false);
  });
});
