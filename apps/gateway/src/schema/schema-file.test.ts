import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { printGatewaySchema } from "./build.js";

describe("apps/gateway/schema.graphql", () => {
  it("is up to date with the resolvers (run `pnpm schema` after changing them)", async () => {
    const checkedIn = await readFile(new URL("../../schema.graphql", import.meta.url), "utf8");
    expect(checkedIn).toBe(await printGatewaySchema());
  });
});
