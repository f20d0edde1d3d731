// The workspace's package directories (apps/*, packages/*, examples/*, bench), as in pnpm-workspace.yaml.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export function packageDirs() {
  const dirs = [];
  for (const group of ["apps", "packages", "examples"]) {
    if (!existsSync(group)) continue;
    for (const name of readdirSync(group)) {
      const dir = join(group, name);
      if (statSync(dir).isDirectory() && existsSync(join(dir, "package.json"))) dirs.push(dir);
    }
  }
  if (existsSync("bench/package.json")) dirs.push("bench");
  return dirs;
}
