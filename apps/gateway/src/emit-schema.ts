import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { printGatewaySchema } from "./schema/build.js";

/** Where the checked-in schema lives. */
const SCHEMA_PATH = fileURLToPath(new URL("../schema.graphql", import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeFile(SCHEMA_PATH, await printGatewaySchema());
  console.log(`wrote ${SCHEMA_PATH}`);
}
