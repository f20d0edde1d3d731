import { describe, expect, it } from "vitest";
import { buildTokenRequest } from "./token-request.js";

// popbill.md §5.1: LinkID TESTER, the public test SecretKey, CorpNum 1234567890.
const KEY = {
  linkId: "TESTER",
  secretKey: "SwWxqU+0TErBXy/9TVjIPEnI0VTUMMSQZtJf3Ed8q3I=",
  accessId: "1234567890",
};
const DATE = "2026-11-23T01:02:03.000Z";

interface Vector {
  id: string;
  serviceId: string;
  scopes: string[];
  forwarded?: string;
  body: string;
  digest: string;
  signature: string;
}

const VECTORS: Vector[] = [
  {
    id: "V1",
    serviceId: "POPBILL_TEST",
    scopes: ["member", "140"],
    body: '{"access_id":"1234567890","scope":["member","140"]}',
    digest: "WILxrnLWcZwsGfOzrydUFJ3oQpKy8d6J2hx5+kSiWGM=",
    signature: "/6i302S1pOrxT24puBfhORQPV3gnCjr94L19ixvUR7k=",
  },
  {
    id: "V2",
    serviceId: "POPBILL_TEST",
    scopes: ["member", "140"],
    forwarded: "*",
    body: '{"access_id":"1234567890","scope":["member","140"]}',
    digest: "WILxrnLWcZwsGfOzrydUFJ3oQpKy8d6J2hx5+kSiWGM=",
    signature: "rY5xh3YN7+Y63ukstmjIOHlp6MqR626zjEoLkQl6B90=",
  },
  {
    id: "V3",
    serviceId: "POPBILL_TEST",
    scopes: ["member", "182", "183"],
    body: '{"access_id":"1234567890","scope":["member","182","183"]}',
    digest: "42ZlT9wiYXVFXBSYv6qJXPVYmCI1k50NfettfXG6mqY=",
    signature: "HAqndUE/6AZmTb3bjW8gnDIqF19yCR7Pu1qNxehTJcw=",
  },
  {
    id: "V4",
    serviceId: "POPBILL_TEST",
    scopes: ["member", "182", "183"],
    forwarded: "*",
    body: '{"access_id":"1234567890","scope":["member","182","183"]}',
    digest: "42ZlT9wiYXVFXBSYv6qJXPVYmCI1k50NfettfXG6mqY=",
    signature: "6AdPxcb2wjGIlcQn0r+OQsGU+9slRu0UVCcf5z0yd5g=",
  },
  {
    id: "V5",
    serviceId: "POPBILL",
    scopes: ["member", "140"],
    body: '{"access_id":"1234567890","scope":["member","140"]}',
    digest: "WILxrnLWcZwsGfOzrydUFJ3oQpKy8d6J2hx5+kSiWGM=",
    signature: "hgmc87p5QcRiaFUszeyt8CMdPBYxAViVsm8/cynczxk=",
  },
  {
    id: "V6",
    serviceId: "POPBILL_TEST",
    scopes: ["member", "141"],
    body: '{"access_id":"1234567890","scope":["member","141"]}',
    digest: "2EdLaqWU1Foj63LRdSzbjssOhAZ2y9rBDe2rorBD6Sc=",
    signature: "VTLWq3S3L7yjR3Bs00uuF+QXtldSvddHplZJOmXboGo=",
  },
  {
    id: "V7",
    serviceId: "POPBILL_TEST",
    scopes: ["member", "111"],
    body: '{"access_id":"1234567890","scope":["member","111"]}',
    digest: "FUta5hHMG77Il/CWanyw/5Td8LtWOkUIyn8IHGBr9/Y=",
    signature: "Guzsf6MskeTFuX3+wUhnA1e1AFV1QeN35cJeE/OZo5U=",
  },
];

describe("buildTokenRequest reproduces popbill.md §5.1", () => {
  it.each(VECTORS)("builds the body of $id byte for byte", (v) => {
    const request = buildTokenRequest({
      ...KEY,
      serviceId: v.serviceId,
      scopes: v.scopes,
      date: DATE,
      forwarded: v.forwarded,
    });
    expect(request.body).toBe(v.body);
  });

  it.each(VECTORS)("digests the body of $id", (v) => {
    const request = buildTokenRequest({
      ...KEY,
      serviceId: v.serviceId,
      scopes: v.scopes,
      date: DATE,
      forwarded: v.forwarded,
    });
    expect(request.bodyDigest).toBe(v.digest);
  });

  it.each(VECTORS)("signs $id into its Authorization header", (v) => {
    const request = buildTokenRequest({
      ...KEY,
      serviceId: v.serviceId,
      scopes: v.scopes,
      date: DATE,
      forwarded: v.forwarded,
    });
    expect(request.authorization).toBe(`LINKHUB TESTER ${v.signature}`);
    expect(request.headers.Authorization).toBe(request.authorization);
  });

  it("builds the V1 string-to-sign", () => {
    const request = buildTokenRequest({
      ...KEY,
      serviceId: "POPBILL_TEST",
      scopes: ["member", "140"],
      date: DATE,
    });
    expect(request.stringToSign).toBe(
      "POST\nWILxrnLWcZwsGfOzrydUFJ3oQpKy8d6J2hx5+kSiWGM=\n2026-11-23T01:02:03.000Z\n2.0\n/POPBILL_TEST/Token",
    );
  });

  it("builds the V2 string-to-sign with the forwarded value before the version", () => {
    const request = buildTokenRequest({
      ...KEY,
      serviceId: "POPBILL_TEST",
      scopes: ["member", "140"],
      date: DATE,
      forwarded: "*",
    });
    expect(request.stringToSign).toBe(
      "POST\nWILxrnLWcZwsGfOzrydUFJ3oQpKy8d6J2hx5+kSiWGM=\n2026-11-23T01:02:03.000Z\n*\n2.0\n/POPBILL_TEST/Token",
    );
  });

  it("signs P1, the Python spelling with spaces and a second-precision date, over the raw bytes", () => {
    const rawBody = '{"access_id": "1234567890", "scope": ["member", "140"]}';
    const request = buildTokenRequest({
      ...KEY,
      serviceId: "POPBILL_TEST",
      scopes: ["member", "140"],
      date: "2026-11-23T01:02:03Z",
      rawBody,
    });
    expect(request.body).toBe(rawBody);
    expect(request.bodyDigest).toBe("pXEJi5r0A1RZnYraBrmNInrTgf7tcp2BqPKI6JTn7xA=");
    expect(request.authorization).toBe(
      "LINKHUB TESTER IyP8usOEHxtpCcR2AYleYzlg4igGdz6QrkEJj/03DkQ=",
    );
  });

  it("omits access_id for N1, a partner-level token", () => {
    const request = buildTokenRequest({
      ...KEY,
      accessId: undefined,
      serviceId: "POPBILL_TEST",
      scopes: ["member", "140"],
      date: DATE,
    });
    expect(request.body).toBe('{"scope":["member","140"]}');
    expect(request.bodyDigest).toBe("TmdaOVrdWiGSLMTpXNKTTczw9/Oa7i8I4yTvR/PkyTo=");
    expect(request.authorization).toBe(
      "LINKHUB TESTER ypTFdirgl+iGF2AvGJWRAjtkYRTd74kmLkwLgTzL+W0=",
    );
  });

  it("sends the headers Linkhub expects, x-lh-forwarded only when set", () => {
    const plain = buildTokenRequest({
      ...KEY,
      serviceId: "POPBILL_TEST",
      scopes: ["member"],
      date: DATE,
    });
    const forwarded = buildTokenRequest({
      ...KEY,
      serviceId: "POPBILL_TEST",
      scopes: ["member"],
      date: DATE,
      forwarded: "*",
    });
    expect(plain.path).toBe("/POPBILL_TEST/Token");
    expect(Object.keys(plain.headers)).toEqual([
      "x-lh-date",
      "x-lh-version",
      "Authorization",
      "Content-Type",
    ]);
    expect(plain.headers).toMatchObject({
      "x-lh-date": DATE,
      "x-lh-version": "2.0",
      "Content-Type": "Application/json",
    });
    expect(forwarded.headers["x-lh-forwarded"]).toBe("*");
  });
});
