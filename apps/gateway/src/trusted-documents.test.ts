import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "./config.js";
import { documentIdOf, resolveDocument } from "./trusted-documents.js";

const dir = mkdtempSync(join(tmpdir(), "korbill-trusted-unit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const preset = join(dir, "persisted-documents.json");
writeFileSync(preset, JSON.stringify({ abc: "{ viewer { kind } }" }));
const apollo = join(dir, "apollo.json");
writeFileSync(
  apollo,
  JSON.stringify({
    format: "apollo-persisted-query-manifest",
    version: 1,
    operations: [
      { id: "def", name: "Kind", type: "query", body: "query Kind { viewer { kind } }" },
    ],
  }),
);

describe("trusted documents configuration", () => {
  it("is off without a manifest, allow with one", () => {
    expect(loadConfig({}).trustedDocuments.mode).toBe("off");
    const c = loadConfig({ KORBILL_TRUSTED_DOCUMENTS_MANIFESTS: `${preset}, ${apollo}` });
    expect(c.trustedDocuments.mode).toBe("allow");
    expect([...c.trustedDocuments.documents.keys()]).toEqual(["abc", "def"]);
  });

  it("names a bad mode, a mode without manifest and an unreadable manifest", () => {
    expect(() => loadConfig({ KORBILL_TRUSTED_DOCUMENTS: "strict" })).toThrow(
      /KORBILL_TRUSTED_DOCUMENTS must be off, allow or only/,
    );
    expect(() => loadConfig({ KORBILL_TRUSTED_DOCUMENTS: "only" })).toThrow(
      /needs KORBILL_TRUSTED_DOCUMENTS_MANIFESTS/,
    );
    expect(() =>
      loadConfig({ KORBILL_TRUSTED_DOCUMENTS_MANIFESTS: join(dir, "missing.json") }),
    ).toThrow(/cannot read .*missing\.json/);
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ abc: 42 }));
    expect(() =>
      loadConfig({ KORBILL_TRUSTED_DOCUMENTS_MANIFESTS: join(dir, "bad.json") }),
    ).toThrow(/entry "abc" is not an id with a document/);
  });
});

describe("resolveDocument", () => {
  const documents = new Map([["abc", "{ viewer { kind } }"]]);

  it("reads documentId (with or without an algorithm prefix) and Apollo's sha256Hash", () => {
    expect(documentIdOf({ documentId: "sha256:abc" })).toBe("abc");
    expect(documentIdOf({ documentId: "abc" })).toBe("abc");
    expect(
      documentIdOf({ extensions: { persistedQuery: { version: 1, sha256Hash: "abc" } } }),
    ).toBe("abc");
    expect(documentIdOf({ query: "{ a }" })).toBeUndefined();
  });

  it("runs the manifest's text for a known id, whatever text came with it", () => {
    for (const mode of ["allow", "only"] as const) {
      expect(resolveDocument({ mode, documents }, { documentId: "abc", query: "{ x }" })).toEqual({
        query: "{ viewer { kind } }",
        byId: true,
      });
    }
  });

  it("refuses text in only mode and an unknown id without text", () => {
    const only = resolveDocument({ mode: "only", documents }, { query: "{ x }" });
    expect("error" in only && only.error.extensions.code).toBe("TRUSTED_DOCUMENT_REQUIRED");
    const unknown = resolveDocument({ mode: "allow", documents }, { documentId: "zzz" });
    expect("error" in unknown && unknown.error.extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect(resolveDocument({ mode: "allow", documents }, { query: "{ x }" })).toEqual({
      query: "{ x }",
      byId: false,
    });
    expect(resolveDocument({ mode: "off", documents }, { documentId: "abc" })).toEqual({
      query: undefined,
      byId: false,
    });
  });
});
