import { describe, expect, it } from "vitest";
import { createLogger } from "./logger.js";
import { loadConfig } from "./config.js";
import { newRequestContext, runInRequest } from "./observability/request-context.js";
import { gatewayLogger } from "./observability/process-logger.js";

function capture(level: Parameters<typeof createLogger>[0] = "debug") {
  const lines: string[] = [];
  return { lines, logger: createLogger(level, (l) => lines.push(l)) };
}

describe("createLogger", () => {
  it("writes one JSON object per line with a named level and the message as msg", () => {
    const { lines, logger } = capture();
    logger.info("hello", { n: 1 });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: "info", msg: "hello", n: 1 });
  });
  it("redacts card fields, upstream secrets, API keys and tokens, also one object down", () => {
    const { lines, logger } = capture();
    logger.warn("leak attempt", {
      card_number: "4111111111111111",
      apiKey: "kb_live_x",
      request: { authorization: "Bearer kb_x", secretKey: "s3cret", cvc: "123", ok: "kept" },
    });
    const text = lines.join("\n");
    for (const secret of ["4111111111111111", "kb_live_x", "Bearer kb_x", "s3cret", '"123"'])
      expect(text).not.toContain(secret);
    expect(JSON.parse(lines[0]!).request.ok).toBe("kept");
  });
  it("stamps lines written during a request with its request id and trace id", () => {
    const { lines, logger } = capture();
    const ctx = newRequestContext("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
    runInRequest(ctx, () => logger.child({ part: "x" }).info("inside"));
    logger.info("outside");
    expect(JSON.parse(lines[0]!)).toMatchObject({
      requestId: ctx.requestId,
      traceId: "0af7651916cd43dd8448eb211c80319c",
      part: "x",
    });
    expect(JSON.parse(lines[1]!).requestId).toBeUndefined();
  });
  it("drops lines below its level", () => {
    const { lines, logger } = capture("warn");
    logger.info("quiet");
    logger.error("loud");
    expect(lines.map((l) => JSON.parse(l).msg)).toEqual(["loud"]);
  });
});

describe("KORBILL_LOG_LEVEL", () => {
  it("accepts known levels in any case", () => {
    expect(loadConfig({ KORBILL_LOG_LEVEL: "DEBUG" }).logLevel).toBe("debug");
  });
  it("refuses an unknown level, naming the variable and the allowed ones", () => {
    expect(() => loadConfig({ KORBILL_LOG_LEVEL: "verbose" })).toThrow(
      /KORBILL_LOG_LEVEL must be one of trace, debug, info, warn, error, fatal, silent \(got "verbose"\)/,
    );
  });
});

describe("newRequestContext", () => {
  it("continues a valid traceparent and ignores an invalid one", () => {
    const valid = newRequestContext("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
    expect(valid).toMatchObject({ traceId: "0af7651916cd43dd8448eb211c80319c", flags: "01" });
    const zero = newRequestContext("00-00000000000000000000000000000000-b7ad6b7169203331-01");
    expect(zero.traceId).not.toBe("00000000000000000000000000000000");
    expect(zero.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(newRequestContext("garbage").flags).toBe("00");
  });
});

describe("gatewayLogger", () => {
  it("is pretty only in the local stage at a terminal", () => {
    const at = (stage: "local" | "production", tty: boolean) =>
      gatewayLogger({ stage, logLevel: "silent" }, tty).pretty;
    expect([at("local", true), at("local", false), at("production", true)]).toEqual([
      true,
      false,
      false,
    ]);
  });
});
