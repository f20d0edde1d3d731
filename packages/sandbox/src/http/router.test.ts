import { describe, expect, it } from "vitest";
import { text } from "./reply.js";
import { Router } from "./router.js";

const ok = () => text("ok");

describe("Router", () => {
  it("captures named segments of a pattern", () => {
    const router = new Router().add({ method: "POST", path: "/:serviceId/Token", handler: ok });
    const match = router.resolve("POST", undefined, "/POPBILL_TEST/Token");
    expect(match.kind === "found" && match.params).toEqual({ serviceId: "POPBILL_TEST" });
  });

  it("prefers the route added first when a literal and a pattern both match", () => {
    const literal = () => text("literal");
    const router = new Router()
      .add({ method: "GET", path: "/Cashbill/States", handler: literal })
      .add({ method: "GET", path: "/Cashbill/:mgtKey", handler: ok });
    const match = router.resolve("GET", undefined, "/Cashbill/States");
    expect(match.kind === "found" && match.route.handler).toBe(literal);
  });

  it("dispatches the same path on different overrides", () => {
    const issue = () => text("issue");
    const bulk = () => text("bulk");
    const router = new Router()
      .add({ method: "POST", path: "/Cashbill", override: "ISSUE", handler: issue })
      .add({ method: "POST", path: "/Cashbill", override: "BULKISSUE", handler: bulk });
    const match = router.resolve("POST", "bulkissue", "/Cashbill");
    expect(match.kind === "found" && match.route.handler).toBe(bulk);
  });

  it("does not match an override route for a request without the override", () => {
    const router = new Router().add({
      method: "POST",
      path: "/Cashbill",
      override: "ISSUE",
      handler: ok,
    });
    expect(router.resolve("POST", undefined, "/Cashbill").kind).toBe("method-not-allowed");
  });

  it("tells an unknown path from a known path with the wrong method", () => {
    const router = new Router().add({ method: "GET", path: "/Time", handler: ok });
    expect(router.resolve("POST", undefined, "/Time").kind).toBe("method-not-allowed");
    expect(router.resolve("GET", undefined, "/Timer").kind).toBe("not-found");
  });

  it("does not let a parameter match an empty segment", () => {
    const router = new Router().add({ method: "GET", path: "/:serviceId/Point", handler: ok });
    expect(router.resolve("GET", undefined, "//Point").kind).toBe("not-found");
  });
});
