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
});
