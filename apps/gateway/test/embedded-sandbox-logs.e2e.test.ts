import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestGateway, startTestGateway } from "./harness.js";

/**
 * Issue 20 point 1: the embedded sandbox of the local stage reports what goes wrong inside it
 * through the gateway's logger (one JSON line), not on the console.
 */
describe("the embedded sandbox's failures", () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway();
  });
  afterAll(async () => {
    await t?.close();
  });

  it("are JSON lines of the gateway's log", () => {
    const sandbox = t.gateway.sandbox!.sandbox!;
    sandbox.scheduler.at(sandbox.clock.nowMs(), "obs-boom", () => {
      throw new Error("job exploded");
    });
    sandbox.scheduler.runDue();
    const lines = t.logs.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: "error",
        msg: "sandbox scheduler: job obs-boom failed",
        error: "Error: job exploded",
      }),
    );
  });
});
