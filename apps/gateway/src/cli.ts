import { parseArgs } from "node:util";
import { ApiKeyStore } from "@korbill/core-tenancy";
import { databaseConfigFromUrl, openDatabase } from "@korbill/core-events";
import { loadConfig } from "./config.js";
import { GATEWAY_MIGRATIONS } from "./migrations.js";
import { prepareDataDir } from "./data-dir.js";
import { runReset } from "./reset-cli.js";
import {
  KEY_LIMIT_OPTIONS,
  describeKeyLimits,
  keyLimitsFrom,
} from "./rate-limits/key-limits-cli.js";

const USAGE = `korbill — manage korbill API keys (uses the same environment as the gateway)

  korbill keys create --name NAME --kind member --corp 1234567890 [--corp ...] [--user USERID]
  korbill keys create --name NAME --kind partner [--corp DEFAULT_CORPNUM]
  korbill keys list
  korbill keys revoke KEY_ID
  korbill keys limit KEY_ID [--ops-per-second N] [--ops-burst N]
                            [--upstream-per-second N] [--upstream-burst N] [--default]
  korbill reset --yes       delete the local stage's data (database and sandbox state)

The secret of a new key is printed once; only its hash is stored.`;

/** Runs one CLI command; returns the process exit code. */
export async function runCli(
  argv: string[],
  out: (line: string) => void = console.log,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: "string" },
      kind: { type: "string", default: "member" },
      corp: { type: "string", multiple: true, default: [] },
      user: { type: "string" },
      help: { type: "boolean", short: "h" },
      yes: { type: "boolean", default: false },
      ...KEY_LIMIT_OPTIONS,
    },
  });
  const [group, command, arg] = positionals;
  if (group === "reset" && !values.help) return runReset(values.yes, out, env);
  if (values.help || group !== "keys" || !command) {
    out(USAGE);
    return values.help ? 0 : 2;
  }
  // Keys live in the database only: no upstream credentials needed, in any stage.
  const config = loadConfig(env, { requireUpstream: false });
  if (!config.databaseUrl) prepareDataDir(config.dataDir); // as the gateway: fail fast, never hang
  const database = await openDatabase(
    databaseConfigFromUrl(config.databaseUrl, {
      dataDir: config.dataDir,
      stage: config.stage,
      schema: config.databaseSchema,
    }),
    // The gateway's own list: the database a gateway migrated holds all of it, and any
    // migration still pending is applied here just as a starting gateway would.
    GATEWAY_MIGRATIONS,
  );
  try {
    const store = new ApiKeyStore(database.db, config.stage);
    if (command === "create") {
      if (!values.name) throw new Error("--name is required");
      if (values.kind !== "member" && values.kind !== "partner")
        throw new Error("--kind must be member or partner");
      const { key, record } = await store.create({
        name: values.name,
        kind: values.kind,
        corpNums: values.corp.map((c) => c.replaceAll("-", "")),
        userId: values.user ?? null,
      });
      out(
        `created ${record.id} (${record.kind}, ${record.corpNums.join(",") || "no default corpNum"})`,
      );
      out(`key: ${key}`);
      out("store it now: it cannot be shown again.");
      return 0;
    }
    if (command === "list") {
      for (const k of await store.list()) {
        const state = k.revokedAt ? `revoked ${k.revokedAt}` : "active";
        out(
          `${k.id}  ${k.prefix}…  ${k.kind.padEnd(7)}  ${k.corpNums.join(",") || "-"}  ${k.name}  (${state})${describeKeyLimits(k.limits)}`,
        );
      }
      return 0;
    }
    if (command === "limit" && arg) {
      const ok = await store.setLimits(arg, keyLimitsFrom(values));
      out(ok ? `limits of ${arg} set` : `no key ${arg}`);
      return ok ? 0 : 1;
    }
    if (command === "revoke" && arg) {
      const ok = await store.revoke(arg);
      out(ok ? `revoked ${arg}` : `no active key ${arg}`);
      return ok ? 0 : 1;
    }
    out(USAGE);
    return 2;
  } finally {
    await database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
