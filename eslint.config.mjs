import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      "data/**",
      "lib/server/db/generated/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    files: ["**/*.{ts,tsx,mts}"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Browser code talks to the server over HTTP; it may share types, and lib/core.
    files: ["components/**/*.{ts,tsx}", "lib/client/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/server/*", "@/lib/server/**", "!@/lib/server/db/generated/**"],
              allowTypeImports: true,
              message: "Client code may not import server modules (types only); shared rules belong in lib/core.",
            },
            { group: ["@/workers/**"], message: "Client code may not import the worker." },
          ],
        },
      ],
    },
  },
  {
    // The domain never reaches into the worker, and enqueues only typed job definitions.
    files: ["lib/**/*.ts", "app/**/*.{ts,tsx}"],
    ignores: ["lib/server/jobs/**", "**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [{ group: ["@/workers/**"], message: "lib/ and app/ never import workers/: put the shared piece in lib/." }],
          paths: [
            {
              name: "@/lib/server/jobs/enqueue-job",
              importNames: ["insertJob", "insertJobs"],
              message: "Enqueue a job definition (enqueueJob/enqueueJobs); insertJob is for the queue's own tests.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
