import { afterAll } from "vitest";
import { dropTestSchemas } from "./schemas.js";

/**
 * Every package's vitest setup file (`vitest.shared.ts`): after each test file, drop the
 * PostgreSQL schemas it named (see `testSchemaName`). A file that named none connects to
 * nothing.
 */
afterAll(async () => {
  await dropTestSchemas();
});
