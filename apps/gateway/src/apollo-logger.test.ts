import { describe, expect, it } from "vitest";
import { apolloLogger } from "./apollo-logger.js";
import { createLogger } from "./logger.js";

describe("apolloLogger", () => {
  it("writes Apollo's messages as redacted JSON lines at their level", () => {
    const lines: string[] = [];
    const logger = apolloLogger(createLogger("info", (line) => lines.push(line)));
    logger.debug("hidden below info");
    logger.error(new Error("context failed for card_number=4111-1111-1111-1111"));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: "error",
      msg: "apollo",
      detail: "Error: context failed for card_number=[redacted]",
    });
  });
});
