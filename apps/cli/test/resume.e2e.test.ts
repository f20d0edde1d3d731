import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEMO_KEYS,
  type RunningGateway,
  importFile,
  receiptsCsv,
  spawnCli,
  startGateway,
  tempDir,
  waitFor,
} from "./gateway.js";

let gw: RunningGateway;
const tmp = tempDir();

beforeAll(async () => {
  gw = await startGateway();
});
afterAll(async () => {
  await gw?.close();
  tmp.remove();
});

describe("an interrupted import", () => {
  it("resumes after kill -9 to exactly one receipt per row, sending only the bulks not recorded", async () => {
    const file = join(tmp.dir, "resume.csv");
    writeFileSync(file, receiptsCsv(400, "R"));
    // The sandbox holds the third BULKISSUE until released: the CLI is killed while bulks 1-2
    // are recorded and bulk 3 is on its way.
    let seen = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    gw.sandbox.before.push(async (request) => {
      if (request.override !== "BULKISSUE") return undefined;
      seen += 1;
      if (seen === 3) await gate;
      return undefined;
    });
    const first = spawnCli([
      "cashbills",
      "import",
      file,
      "--url",
      gw.graphqlUrl,
      "--key",
      DEMO_KEYS.member,
      "--concurrency",
      "1",
    ]);
    await waitFor(
      () => seen >= 3,
      60_000,
      () => `BULKISSUE seen: ${seen}\n${first.stdout.join("")}`,
    );
    first.proc.kill("SIGKILL");
    const killed = await first.done;
    expect(killed.signal).toBe("SIGKILL");
    release();

    const second = await importFile(gw, file);
    expect(second.code, second.stdout + second.stderr).toBe(0);
    const bulks = second.events.filter((e) => e.event === "bulk");
    expect(bulks.map((b) => b.state)).toEqual([
      "RECORDED_EARLIER",
      "RECORDED_EARLIER",
      "RECORDED_EARLIER",
      "SUBMITTED",
    ]);
    // Bulks 1-3 went upstream once (in the first run), bulk 4 once (in the second).
    expect(gw.bulkIssues()).toBe(4);
    const issued = await gw.issuances();
    expect(issued.size).toBe(400);
    expect([...issued.values()].filter((n) => n !== 1)).toEqual([]);
    const rows = parse(readFileSync(join(tmp.dir, "resume.result.csv")), {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    expect(rows.filter((r) => r["처리결과(outcome)"] === "ISSUED")).toHaveLength(400);
  });

  it("stops on Ctrl-C after the bulk in flight, writes the result file, and resumes", async () => {
    const file = join(tmp.dir, "ctrl-c.csv");
    writeFileSync(file, receiptsCsv(250, "INT"));
    let seen = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const hook = async (request: { override: string | undefined }) => {
      if (request.override !== "BULKISSUE") return undefined;
      seen += 1;
      if (seen === 2) await gate;
      return undefined;
    };
    gw.sandbox.before.push(hook);
    const before = gw.bulkIssues();
    const args = ["--url", gw.graphqlUrl, "--key", DEMO_KEYS.member, "--concurrency", "1"];
    const first = spawnCli(["cashbills", "import", file, ...args]);
    await waitFor(
      () => seen >= 2,
      60_000,
      () => `BULKISSUE seen: ${seen}`,
    );
    first.proc.kill("SIGINT");
    // Released once the CLI has taken the signal: the bulk in flight then completes.
    await waitFor(
      () => first.stderr.join("").includes("stopping"),
      30_000,
      () => first.stderr.join(""),
    );
    release();
    const stopped = await first.done;
    gw.sandbox.before.splice(gw.sandbox.before.indexOf(hook), 1);
    expect(stopped.code, stopped.stdout + stopped.stderr).toBe(130);
    expect(stopped.events.find((e) => e.event === "summary")).toMatchObject({ interrupted: true });
    const outcomes = (
      parse(readFileSync(join(tmp.dir, "ctrl-c.result.csv")), {
        bom: true,
        columns: true,
      }) as Record<string, string>[]
    ).map((r) => r["처리결과(outcome)"]);
    // Bulk 3 was never sent; bulks 1-2 were (issued, or pending when the run stopped).
    expect(outcomes.slice(200)).toEqual(Array(50).fill("NOT_SENT"));
    expect(outcomes.slice(0, 200).every((o) => o === "ISSUED" || o === "PENDING")).toBe(true);
    expect(gw.bulkIssues() - before).toBe(2);

    const again = await importFile(gw, file);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(gw.bulkIssues() - before).toBe(3);
    const issued = await gw.issuances();
    const counts = Array.from({ length: 250 }, (_, i) => issued.get(`INT-${i + 1}`));
    expect(counts.every((n) => n === 1)).toBe(true);
  });
});
