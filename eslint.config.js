// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const PRODUCTION = ["packages/*/src/**/*.ts", "apps/*/src/**/*.ts"];
const TESTS = ["**/*.test.ts", "**/*.test-helpers.ts", "**/test/**"];

// Package boundaries: apps → domains → core; the sandbox imports nothing of ours; no deep
// imports, only a package's declared exports. Checked by scripts/check-boundaries.mjs.
const DOMAINS = ["cashbill", "points", "hometax", "billing", "cashbill-import"];
const APPS = ["gateway", "cli", "playground"];
const DEEP = {
  regex: "^@korbill/[^/]+/(src|dist)(/|$)",
  message: "Import the package's declared exports, not its src/ or dist/ files.",
};
/** `no-restricted-imports` with the deep-import ban plus `packages` forbidden, saying `why`. */
function restrictImports(packages, why) {
  const group = packages.flatMap((name) => [`@korbill/${name}`, `@korbill/${name}/*`]);
  const patterns = group.length > 0 ? [DEEP, { group, message: why }] : [DEEP];
  return { "no-restricted-imports": ["error", { patterns }] };
}
const boundaries = [
  { files: ["**/*.ts"], rules: restrictImports([], "") },
  {
    files: ["packages/core-*/**/*.ts"],
    rules: restrictImports([...DOMAINS, ...APPS], "core-* packages import no domain or app."),
  },
  ...DOMAINS.map((domain) => ({
    files: [`packages/${domain}/**/*.ts`],
    rules: restrictImports(
      [...DOMAINS.filter((d) => d !== domain), ...APPS],
      "A domain package imports core-* only, no other domain and no app (the gateway wires them).",
    ),
  })),
  {
    files: ["packages/sandbox/**/*.ts"],
    rules: restrictImports(["*"], "The sandbox stands alone: it imports no @korbill package."),
  },
];

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "**/.turbo/**", "**/generated/**"] },
  js.configs.recommended,
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        Buffer: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        fetch: "readonly",
      },
    },
  },
  ...tseslint.configs.recommended,
  {
    // type-graphql reads decorator metadata: imports used in decorated signatures stay values.
    languageOptions: {
      parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": [
        "error",
        { fixStyle: "inline-type-imports", disallowTypeAnnotations: false },
      ],
      "no-console": ["error", { allow: ["warn", "error"] }],
      eqeqeq: ["error", "always"],
      "prefer-const": "error",
    },
  },
  {
    files: [
      "**/*.test.ts",
      "**/test/**",
      "**/cli.ts",
      "**/main.ts",
      "**/emit-schema.ts",
      "**/scripts/**",
      "bench/**",
    ],
    rules: { "no-console": "off" },
  },
  {
    // Type-aware rules on production code (tests stay on the untyped rules above).
    files: PRODUCTION,
    ignores: TESTS,
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-non-null-assertion": "error",
      // async without await is deliberate in resolvers and interface implementations.
      "@typescript-eslint/require-await": "off",
      // fires on method references from interfaces written in method syntax; none rebinds `this`.
      "@typescript-eslint/unbound-method": "off",
      // ws readyState is compared with the numeric WebSocket.OPEN/CLOSED constants.
      "@typescript-eslint/no-unsafe-enum-comparison": "off",
      // rejections forward an abort signal's reason or a caught value unchanged.
      "@typescript-eslint/prefer-promise-reject-errors": "off",
      // `"Issue" | string` unions document the known values of an open upstream field.
      "@typescript-eslint/no-redundant-type-constituents": "off",
      // String() of upstream/unknown values is intentional; revisit with the unknown-typing work.
      "@typescript-eslint/no-base-to-string": "off",
    },
  },
  ...boundaries,
  {
    files: ["**/*.test.ts", "**/test/**", "**/*.test-helpers.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
);
