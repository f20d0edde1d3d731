import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { KorbillGateway } from "@korbill/gateway";
import { DEMO_KEYS, startLocalGateway } from "@korbill/gateway/testing";
import { type Sandbox, createSandbox } from "@korbill/sandbox";

export { DEMO_KEYS, waitFor } from "@korbill/gateway/testing";

/** The demo member of the local stage (DEMO_KEYS.member acts for it). */
export const MEMBER = "1234567890";

const MAIN = fileURLToPath(new URL("../dist/main.js", import.meta.url));

/** A real local-stage gateway (in-process sandbox, fresh SQLite file) on an ephemeral port. */
export interface RunningGateway {
  gateway: KorbillGateway;
  graphqlUrl: string;
  sandbox: Sandbox;
  /** BULKISSUE requests the sandbox has received. */
  bulkIssues(): number;
  /** Sets the member's points in the sandbox. */
  setPoints(chargePoint: number): Promise<void>;
  /** How often the sandbox issued each mgtKey of the member. */
  issuances(): Promise<Map<string, number>>;
  close(): Promise<void>;
}

/** Credentials the sandbox's webhooks carry to the gateway. */
const WEBHOOK = { username: "korbill-cli-test", password: "webhook-secret-for-cli-tests" };

/**
 * Starts a sandbox that finishes bulks in about a second (POPBiLL-like timing would make each
 * test wait 3 s per bulk), and the local-stage gateway on it as `main.ts` does, through its
 * public API, with the sandbox's webhooks pointed at it.
 */
export async function startGateway(): Promise<RunningGateway> {
  const sandbox = createSandbox({
    settings: {
      filingSchedule: "fast",
      fastFilingMs: 1_500,
      bulkAcceptToProcessingMs: 200,
      bulkProcessingMs: 600,
    },
  });
  const urls = await sandbox.start();
  const local = await startLocalGateway({
    POPBILL_AUTH_URL: urls.authUrl,
    POPBILL_API_URL: urls.popbillUrl,
    IAMPORT_API_URL: urls.iamportUrl,
    POPBILL_WEBHOOK_USER: WEBHOOK.username,
    POPBILL_WEBHOOK_PASSWORD: WEBHOOK.password,
  });
  sandbox.webhooks.configure({ url: `${local.url}/webhooks/popbill`, basic: WEBHOOK });
  return {
    gateway: local.gateway,
    graphqlUrl: local.graphqlUrl,
    sandbox,
    bulkIssues: () => sandbox.requests.count({ host: "popbill", override: "BULKISSUE" }),
    async setPoints(chargePoint) {
      const res = await fetch(`${urls.popbillUrl}/__sandbox/points/${MEMBER}/balance`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ chargePoint, bonusPoint: 0 }),
      });
      if (!res.ok) throw new Error(`setting points: HTTP ${res.status}`);
    },
    async issuances() {
      const res = await fetch(`${urls.popbillUrl}/__sandbox/cashbill/issuances?corpNum=${MEMBER}`);
      const body = (await res.json()) as { issuances: { mgtKey: string; count: number }[] };
      return new Map(body.issuances.map((i) => [i.mgtKey, i.count]));
    },
    async close() {
      await local.close();
      await sandbox.stop();
    },
  };
}

/** A finished CLI run: exit code, JSON lines of stdout, stderr text. */
export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  events: Record<string, unknown>[];
  stdout: string;
  stderr: string;
}

/** The `korbill` command as a child process (stdout is a pipe, so it writes JSON lines). */
export function spawnCli(
  args: string[],
  env: Record<string, string> = {},
): {
  proc: ChildProcess;
  stdout: string[];
  stderr: string[];
  done: Promise<CliRun>;
} {
  const proc = spawn(process.execPath, [MAIN, ...args], {
    env: { ...process.env, KORBILL_URL: "", KORBILL_API_KEY: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stdout: string[] = [];
  const stderr: string[] = [];
  proc.stdout!.on("data", (c: Buffer) => stdout.push(c.toString()));
  proc.stderr!.on("data", (c: Buffer) => stderr.push(c.toString()));
  const done = new Promise<CliRun>((resolve) => {
    proc.once("close", (code, signal) => {
      const text = stdout.join("");
      resolve({
        code,
        signal,
        stdout: text,
        stderr: stderr.join(""),
        events: text
          .split("\n")
          .filter((l) => l.startsWith("{"))
          .map((l) => JSON.parse(l) as Record<string, unknown>),
      });
    });
  });
  return { proc, stdout, stderr, done };
}

/** Runs `korbill cashbills import FILE` against the gateway with the demo member key. */
export function importFile(gw: RunningGateway, file: string, ...flags: string[]): Promise<CliRun> {
  return spawnCli([
    "cashbills",
    "import",
    file,
    "--url",
    gw.graphqlUrl,
    "--key",
    DEMO_KEYS.member,
    ...flags,
  ]).done;
}

/** A fresh temporary directory, removed by the returned function. */
export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "korbill-cli-"));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Today in Korea (yyyy-MM-dd) by this machine's clock (the local stage's sandbox uses it too). */
export function kstToday(): string {
  return new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
}

/** A CSV of `n` valid receipts with Korean headers and thousands separators. */
export function receiptsCsv(
  n: number,
  prefix: string,
  extra: (i: number) => string[] = () => [],
): string {
  const header =
    "거래일자,거래구분,용도,과세형태,공급가액,부가세,봉사료,합계금액,식별번호,고객명,상품명,주문번호";
  const rows = Array.from({ length: n }, (_, i) => {
    const supply = 1000 + i * 10;
    const tax = Math.floor(supply / 10);
    const cells = [
      kstToday(),
      "승인거래",
      "소득공제용",
      "과세",
      `"${supply.toLocaleString("en-US")}"`,
      String(tax),
      "0",
      `"${(supply + tax).toLocaleString("en-US")}"`,
      "010-1234-5678",
      "홍길동",
      "아메리카노",
      `${prefix}-${i + 1}`,
      ...extra(i),
    ];
    return cells.join(",");
  });
  return [header, ...rows].join("\r\n") + "\r\n";
}
