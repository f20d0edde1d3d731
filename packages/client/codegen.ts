import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * GraphQL Code Generator, client preset: the gateway's checked-in schema plus this package's
 * `graphql()` documents in `src/operations/` become typed documents in `src/generated/`
 * (checked in; `test/codegen.test.ts` fails when they are stale). Reads files only, no network.
 */
const config: CodegenConfig = {
  schema: "../../apps/gateway/schema.graphql",
  documents: ["src/operations/*.ts"],
  ignoreNoDocuments: false,
  // ESM NodeNext: generated relative imports end in `.js`.
  emitLegacyCommonJSImports: false,
  generates: {
    "src/generated/": {
      preset: "client",
      // persisted-documents.json: the manifest of these documents for trusted-documents mode;
      // each document carries its id (`__meta__.hash`), which the client sends as `documentId`.
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: "sha256" } },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { SafeInt: "number" },
      },
    },
  },
  hooks: { afterAllFileWrite: ["prettier --write"] },
};

export default config;
