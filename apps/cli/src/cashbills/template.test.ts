import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { planImport } from "./plan.js";
import { writeTemplate } from "./template.js";

const dir = mkdtempSync(join(tmpdir(), "korbill-template-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const now = Date.parse("2026-12-07T10:00:00+09:00");
const days = { now, today: "2026-12-07", yesterday: "2026-12-06" };

describe("korbill cashbills template", () => {
  it.each([
    ["template.csv", false],
    ["template.xlsx", true],
  ])("writes %s that imports without a problem", async (name, xlsx) => {
    const path = join(dir, name);
    await writeTemplate(path, xlsx, "2026-12-07");
    const plan = await planImport(path, "1234567890", days);
    expect(plan.headerProblems).toEqual([]);
    expect(plan.errors).toEqual([]);
    expect(plan).toMatchObject({ rows: 3, toSend: 3, totalAmount: 74_000 });
    expect(plan.ignoredColumns).toEqual([]);
  });
});
