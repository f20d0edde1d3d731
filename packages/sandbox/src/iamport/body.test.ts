import { describe, expect, it } from "vitest";
import { parseForm, queryList } from "./body.js";

describe("parseForm", () => {
  it("nests bracketed keys into arrays and objects", () => {
    const raw =
      "customer_uid=c&schedules[0][merchant_uid]=a&schedules[0][amount]=1&schedules[1][merchant_uid]=b&extra[requester]=customer";
    expect(parseForm(raw)).toEqual({
      customer_uid: "c",
      schedules: [{ merchant_uid: "a", amount: "1" }, { merchant_uid: "b" }],
      extra: { requester: "customer" },
    });
  });

  it("collects empty brackets into an array, also percent-encoded", () => {
    expect(parseForm("merchant_uid%5B%5D=a&merchant_uid%5B%5D=b")).toEqual({
      merchant_uid: ["a", "b"],
    });
  });

  it("ignores prototype keys", () => {
    expect(parseForm("__proto__[x]=1&a[constructor]=2&b=3")).toEqual({ b: "3" });
  });
});

describe("queryList", () => {
  it("reads name[]=, indexed and repeated plain names", () => {
    const query = new URLSearchParams("imp_uid[]=a&imp_uid[1]=b&imp_uid=c&other[]=x");
    expect(queryList(query, "imp_uid")).toEqual(["a", "b", "c"]);
  });
});
