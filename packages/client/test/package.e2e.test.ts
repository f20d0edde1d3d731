import { execFile, spawn } from "node:child_process";
import {
  copyFileSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BulkIssueCashbillsDocument,
  BulkSubmissionDocument,
  createKorbillClient,
} from "../src/index.js";
import { DEMO_KEYS, type RunningGateway, startGateway, waitFor } from "./gateway.js";

const run = promisify(execFile);
const packageDir = dirname(dirname(fileURLToPath(import.meta.url)));
const consumerDir = join(packageDir, "test", "consumer");

/**
 * pnpm, as the test was started: `pnpm test` sets npm_execpath to pnpm itself; run directly
 * (`npx vitest run`), the pinned pnpm through npx.
 */
function pnpm(args: string[]): [string, string[]] {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath)) return [process.execPath, [execPath, ...args]];
  return ["npx", ["--yes", "pnpm@10.34.8", ...args]];
}

/**
 * The published shape of @korbill/client, as a frontend outside this repository gets it: the
 * packed tarball installed with npm into a fresh project in the system's temp directory, a
 * strict TypeScript program compiled against its types, run against a real gateway.
 */
describe("the packed @korbill/client in a project outside the workspace", () => {
  let project: string;
  let gw: RunningGateway | undefined;

  beforeAll(async () => {
    project = mkdtempSync(join(tmpdir(), "korbill-client-consumer-"));
    // The client's one workspace dependency, the error-code list, is a package of its own.
    const [cmd, args] = pnpm(["pack", "--pack-destination", project]);
    await run(cmd, args, { cwd: join(packageDir, "..", "error-codes") });
    await run(cmd, args, { cwd: packageDir });
    const tarballs = readdirSync(project).filter((f) => f.endsWith(".tgz"));
    const tarball = tarballs.find((f) => f.startsWith("korbill-client-"));
    if (!tarball || tarballs.length !== 2)
      throw new Error(`pnpm pack left ${tarballs.join(", ") || "no tarball"} in ${project}`);
    writeFileSync(
      join(project, "package.json"),
      JSON.stringify({ name: "consumer", private: true, type: "module" }),
    );
    copyFileSync(join(consumerDir, "main.ts"), join(project, "main.ts"));
    copyFileSync(join(consumerDir, "tsconfig.json"), join(project, "tsconfig.json"));
    // graphql is a peer dependency: the frontend brings its own, as it would.
    await run(
      "npm",
      [
        "install",
        "--prefer-offline",
        "--no-audit",
        "--no-fund",
        "--loglevel=error",
        ...tarballs.map((f) => `./${f}`),
        "graphql@^16.11.0",
        "ws@^8.18.0",
        "@types/ws@^8.18.1",
        "@types/node@^20.19.0",
      ],
      { cwd: project },
    );
  }, 240_000);

  afterAll(async () => {
    await gw?.close();
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it("ships compiled JavaScript and types only, with a publishable manifest", async () => {
    const tarball = readdirSync(project).find((f) => f.startsWith("korbill-client-"))!;
    const { stdout } = await run("tar", ["-tzf", tarball], { cwd: project });
    const files = stdout.trim().split("\n");
    expect(files).toContain("package/dist/index.js");
    expect(files).toContain("package/dist/index.d.ts");
    expect(files).toContain("package/dist/persisted-documents.json");
    expect(files.filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))).toEqual([]);
    expect(files.filter((f) => /\.test\.|\.map$/.test(f))).toEqual([]);
    const manifest = JSON.parse(
      readFileSync(join(project, "node_modules/@korbill/client/package.json"), "utf8"),
    ) as Record<string, Record<string, string> | string | undefined>;
    expect(manifest.private).toBeUndefined();
    expect(manifest.license).toBe("MIT");
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(manifest.peerDependencies).toEqual({ graphql: expect.any(String) });
    expect(manifest.dependencies).not.toHaveProperty("graphql");
    expect(JSON.stringify(manifest)).not.toContain("workspace:");
  });

  it("compiles a strict program and runs it: a query, and a subscription resumed after a drop", async () => {
    // The workspace's TypeScript (the version korbill supports; not downloaded again), which
    // resolves modules from the project's node_modules only; skipLibCheck off, so the shipped
    // declarations are checked too.
    const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
    await run(process.execPath, [tsc, "-p", "."], {
      cwd: project,
    }).catch((error: { stdout?: string }) => {
      throw new Error(`tsc failed in ${project}:\n${error.stdout ?? String(error)}`);
    });

    gw = await startGateway();
    const running = gw;
    const child = spawn(
      process.execPath,
      [join(project, "dist/main.js"), gw.graphqlUrl, DEMO_KEYS.member, "6"],
      { cwd: project, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += String(chunk)));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    const lines: Record<string, unknown>[] = [];
    const admin = createKorbillClient({ url: gw.graphqlUrl, apiKey: DEMO_KEYS.member });
    let phaseDone: Promise<void> | undefined;
    createInterface({ input: child.stdout }).on("line", (line) => {
      const parsed = JSON.parse(line) as Record<string, unknown>;
      lines.push(parsed);
      if (parsed.phase !== "drop") return;
      // The consumer saw the first bulk: cut it off, complete a second bulk while it is out,
      // then let it back in; it must get the second bulk's events by resuming.
      phaseDone = (async () => {
        running.blockWebSockets(true);
        expect(running.dropWebSockets()).toBe(1);
        const cashbills = ["PKB-0", "PKB-1", "PKB-2"].map((mgtKey) => ({
          mgtKey,
          tradeType: "APPROVAL",
          tradeUsage: "INCOME_DEDUCTION",
          taxationType: "TAXABLE",
          supplyCost: 1000,
          tax: 100,
          serviceFee: 0,
          totalAmount: 1100,
          identityNum: "01012345678",
        })) as never;
        await admin.request(BulkIssueCashbillsDocument, { submitId: "PKB", cashbills });
        await waitFor(
          async () =>
            (await admin.request(BulkSubmissionDocument, { submitId: "PKB" })).bulkSubmission
              .state === "COMPLETED",
          30_000,
          () => "PKB not completed",
        );
        running.blockWebSockets(false);
      })();
    });

    const code = await exited;
    await phaseDone;
    await admin.close();
    expect(
      code,
      `consumer stderr:\n${stderr}\nstdout:\n${lines.map((l) => JSON.stringify(l)).join("\n")}`,
    ).toBe(0);
    expect(lines[0]).toEqual({ viewer: { tenant: expect.any(String), kind: "MEMBER" } });
    const keys = lines.flatMap((l) => (typeof l.mgtKey === "string" ? [l.mgtKey] : []));
    expect(keys.sort()).toEqual(["PKA-0", "PKA-1", "PKA-2", "PKB-0", "PKB-1", "PKB-2"]);
    expect(lines.filter((l) => l.state === "connected").length).toBeGreaterThanOrEqual(2);
    expect(lines).toContainEqual({ done: 6 });
  }, 120_000);
});
