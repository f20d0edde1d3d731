import { describe, expect, it } from "vitest";
import * as gateway from "./index.js";

describe("@korbill/gateway's public entry", () => {
  it("exports the documented API and no bench-only internals", () => {
    expect(Object.keys(gateway).sort()).toEqual([
      "DEMO_KEYS",
      "createLogger",
      "createServer",
      "loadConfig",
      "printGatewaySchema",
    ]);
  });
});
