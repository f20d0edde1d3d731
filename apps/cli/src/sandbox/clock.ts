import { parseArgs } from "node:util";
import type { Io } from "../cashbills/progress.js";

/** The local stage's demo member key: `korbill sandbox clock` works there without options. */
const DEMO_MEMBER_KEY = "kb_local_demo_member_key";

const SANDBOX_USAGE = `korbill sandbox clock — the local stage's sandbox clock (over the gateway's GraphQL API)

  korbill sandbox clock                        show the sandbox time
  korbill sandbox clock --advance 1d           move it forward by a duration (30s, 90m, 1d2h, PT30S, P1D)
  korbill sandbox clock --to 2026-12-08T11:00:00+09:00
                                               move it forward to a time (ISO-8601 with an offset)

  --url   the gateway's GraphQL URL (env KORBILL_URL; default http://127.0.0.1:4000/graphql)
  --key   a korbill API key (env KORBILL_API_KEY; default the local stage's demo member key)

Moving the clock runs what falls due: bulk processing, the NTS filing (after midnight, results at
11:00 KST the next day), scheduled payments, expiring URLs. It never moves back.`;

const CLOCK_FIELDS = "now aheadMs timing";

interface ClockView {
  now: string;
  aheadMs: number;
  timing: string;
}

/** `korbill sandbox clock [--advance DURATION | --to TIME]`; returns the exit code. */
export async function runSandbox(
  argv: string[],
  io: Io,
  env: Record<string, string | undefined>,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      advance: { type: "string" },
      to: { type: "string" },
      url: { type: "string" },
      key: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return (io.write(`${SANDBOX_USAGE}\n`), 0);
  if (positionals[0] !== "clock" || positionals.length > 1 || (values.advance && values.to)) {
    io.error(SANDBOX_USAGE);
    return 2;
  }
  const url = values.url || env.KORBILL_URL || "http://127.0.0.1:4000/graphql";
  const key = values.key || env.KORBILL_API_KEY || DEMO_MEMBER_KEY;
  const moving = values.advance !== undefined || values.to !== undefined;
  const query = moving
    ? `mutation($by: String, $to: String) { sandboxClock: advanceSandboxClock(by: $by, to: $to) { ${CLOCK_FIELDS} } }`
    : `{ sandboxClock { ${CLOCK_FIELDS} } }`;
  const variables = moving ? { by: values.advance ?? null, to: values.to ?? null } : {};
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => null)) as {
    data?: { sandboxClock?: ClockView } | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  } | null;
  const error = body?.errors?.[0];
  if (error || !body?.data?.sandboxClock) {
    const code = error?.extensions?.code ?? `HTTP ${response.status}`;
    io.error(`${code}: ${error?.message ?? "no answer from the gateway"}`);
    return code === "BAD_USER_INPUT" ? 2 : 1;
  }
  const clock = body.data.sandboxClock;
  const ahead = Math.round(clock.aheadMs / 1000);
  io.write(
    io.isTTY
      ? `sandbox time ${clock.now} (${ahead >= 0 ? `${ahead} s ahead of` : `${-ahead} s behind`} real time; timing ${clock.timing})\n`
      : `${JSON.stringify({ type: "sandboxClock", ...clock })}\n`,
  );
  return 0;
}
