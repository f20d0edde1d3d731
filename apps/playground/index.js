// The playground's runtime entry for the gateway: where the built page lives. The page itself
// is built by `vite build` into dist/; this file needs no build.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Absolute path of the built playground (`dist/`, made by `vite build`). */
export const playgroundDir = fileURLToPath(new URL("./dist/", import.meta.url));

/** Whether the playground has been built (its `dist/index.html` exists). */
export function playgroundBuilt() {
  return existsSync(join(playgroundDir, "index.html"));
}
