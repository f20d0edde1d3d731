import { describe, expect, it } from "vitest";
import { type HostKind } from "./request.js";
import { RequestLog } from "./request-log.js";

function entry(path: string, host: HostKind = "auth", method = "GET") {
  return {
    host,
    method,
    override: undefined,
    path,
    query: "",
    headers: {},
    bodySize: 0,
    time: new Date(0),
    status: 200,
  };
}

describe("RequestLog", () => {
  it("counts entries by host and path pattern", () => {
    const log = new RequestLog();
    log.record(entry("/POPBILL_TEST/Token", "auth", "POST"));
    log.record(entry("/POPBILL_TEST/Token", "auth", "POST"));
    log.record(entry("/POPBILL_TEST/Point"));
    log.record(entry("/Cashbill", "popbill", "POST"));
    expect(log.count({ host: "auth", path: /\/Token$/ })).toBe(2);
    expect(log.count({ host: "auth" })).toBe(3);
    expect(log.count({ path: "/Cashbill", method: "post" })).toBe(1);
  });

  it("numbers entries in arrival order and returns the newest match", () => {
    const log = new RequestLog();
    log.record(entry("/a"));
    log.record(entry("/b"));
    expect(log.list().map((e) => e.seq)).toEqual([1, 2]);
    expect(log.last()?.path).toBe("/b");
  });

  it("forgets everything on clear", () => {
    const log = new RequestLog();
    log.record(entry("/a"));
    expect(log.clear()).toBe(1);
    expect(log.count()).toBe(0);
  });

  it("drops the oldest entries beyond its capacity", () => {
    const log = new RequestLog(2);
    for (const path of ["/1", "/2", "/3"]) log.record(entry(path));
    expect(log.list().map((e) => e.path)).toEqual(["/2", "/3"]);
  });
});
