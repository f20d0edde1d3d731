import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ApolloServerErrorCode } from "@apollo/server/errors";
import type { DomainErrorCode } from "@korbill/core-domain";
import { ErrorCode, isErrorCode } from "@korbill/error-codes";
import { describe, expect, it } from "vitest";
import type { HttpErrorCode } from "./http/errors.js";

/**
 * Issue 20 point 4: one exported error-code enum (`@korbill/error-codes`) used by the gateway,
 * the client and the README; no code is a string literal anywhere else.
 */

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

function sources(dir: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== "generated" && name !== "node_modules") out.push(...sources(path));
    } else if (name.endsWith(".ts") && !/\.test(-helpers)?\.ts$/.test(name))
      out.push({ path, text: readFileSync(path, "utf8") });
  }
  return out;
}

// Compile-time: every code a domain error or an HTTP error can carry is one of the enum's.
const domainCodes: ErrorCode[] = [] as DomainErrorCode[];
const httpCodes: ErrorCode[] = [] as HttpErrorCode[];

describe("ErrorCode", () => {
  it("holds every code Apollo Server can answer with, which the gateway passes through", () => {
    void domainCodes;
    void httpCodes;
    const missing = Object.values(ApolloServerErrorCode).filter((code) => !isErrorCode(code));
    expect(missing).toEqual([]);
  });

  it("is the only place codes are spelled in the gateway and the client", () => {
    const codes = Object.values(ErrorCode);
    const literal = new RegExp(`["'](${codes.join("|")})["']`, "g");
    const hits = [
      ...sources(join(ROOT, "apps/gateway/src")),
      ...sources(join(ROOT, "packages/client/src")),
      ...sources(join(ROOT, "packages/core-domain/src")),
      ...sources(join(ROOT, "packages/core-tenancy/src")),
      ...sources(join(ROOT, "packages/core-upstream/src")),
    ].flatMap(({ path, text }) =>
      [...text.matchAll(literal)].map((m) => `${path.slice(ROOT.length)}: ${m[0]}`),
    );
    expect(hits).toEqual([]);
  });

  it("is documented code by code in the README", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const undocumented = Object.values(ErrorCode).filter(
      (code) => !new RegExp(`^\\| \`${code}\` +\\|`, "m").test(readme),
    );
    expect(undocumented).toEqual([]);
  });
});
