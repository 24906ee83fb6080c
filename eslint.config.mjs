// ESLint: Next's rules (core web vitals, TypeScript) and the layers of docs/architecture.md.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/** The rules themselves: pure functions of their arguments, the clock and the calendar included. */
const PURE = [
  "lib/calendar/deadlines.ts",
  "lib/calendar/index.ts",
  "lib/calendar/local-time.ts",
  "lib/calendar/working-calendar.ts",
  "lib/dossiers/access.ts",
  "lib/dossiers/actor.ts",
  "lib/dossiers/codes.ts",
  "lib/dossiers/deadline-replay.ts",
  "lib/dossiers/draft.ts",
  "lib/dossiers/effects.ts",
  "lib/dossiers/requests.ts",
  "lib/dossiers/rollups.ts",
  "lib/dossiers/state.ts",
  "lib/dossiers/trail.ts",
  "lib/dossiers/transition-core.ts",
  "lib/dossiers/workflow.ts",
  "lib/delegation/evaluation.ts",
  "lib/delegation/rules.ts",
  "lib/delegation/schemas.ts",
  "lib/national-index/cached-path.ts",
  "lib/national-index/measures-of.ts",
  "lib/national-index/scoring.ts",
  "lib/national-index/year.ts",
  "lib/procedures/cached-catalogue-path.ts",
  "lib/routing/locale-path.ts",
  "lib/statistics/cache-policy.ts",
  "lib/statistics/figures.ts",
  "lib/statistics/overdue.ts",
  "lib/statistics/percentiles.ts",
  "lib/statistics/period.ts",
  "lib/statistics/processing-days.ts",
  "lib/statistics/query.ts",
  "lib/statistics/rankings.ts",
  "lib/statistics/schemas.ts",
  "lib/statistics/types.ts",
  "lib/statistics-pages/cached-path.ts",
  "lib/statistics-pages/chart-scale.ts",
  "lib/statistics-pages/chooser.ts",
  "lib/statistics-pages/csv.ts",
  "lib/statistics-pages/format.ts",
  "lib/statistics-pages/period-form.ts",
  "lib/statistics-pages/tables.ts",
  "lib/statistics-pages/urls.ts",
  "lib/statistics-pages/view.ts",
  "lib/verification/codes.ts",
  "lib/verification/schemas.ts",
  "lib/verification/sha256.ts",
];

const DATABASE = ["@/lib/db", "@/lib/db-client", "**/lib/db", "**/lib/db-client", "@prisma/*", "pg", "pg-*"];
const GENERATED = ["@/prisma/generated/*", "**/prisma/generated/*"];

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([".next/**", ".data/**", ".scratch/**", "node_modules/**", "prisma/generated/**", "tests/.artifacts/**", "next-env.d.ts"]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  {
    // Routes and components get their data through lib/; only types of the generated client.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: DATABASE, message: "Routes and components call lib/ (docs/architecture.md); no database client here." },
            { group: GENERATED, allowTypeImports: true, message: "Only types of the generated Prisma client outside lib/ and prisma/." },
          ],
        },
      ],
    },
  },
  {
    // The pure rules import no infrastructure: no database, no Next, no server-only module, no env.
    files: PURE,
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: [...DATABASE, "next", "next/*", "server-only", "@/lib/env", "**/lib/env", "node:fs", "fs"], message: "The rules are pure (docs/architecture.md)." },
            { group: GENERATED, allowTypeImports: true, message: "The rules use the generated client's types only." },
          ],
        },
      ],
    },
  },
  {
    // Time is a parameter of the domain: nothing in the rules or the commands reads the clock.
    files: ["lib/dossiers/**/*.ts", "lib/calendar/**/*.ts", "lib/statistics/**/*.ts", "lib/delegation/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "Time is a parameter (`now`), never read from the clock here." },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "Time is a parameter (`now`), never read from the clock here." },
      ],
    },
  },
  {
    // The environment is parsed once, in lib/env.ts.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.ts"],
    ignores: ["lib/env.ts"],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read the environment through lib/env.ts." }],
    },
  },
]);
