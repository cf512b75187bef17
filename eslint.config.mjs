import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The direction of imports is part of the architecture: app → components → lib, and client code
// never reaches the data layer. Breaking it is a lint error, not a code-review remark.
const layering = {
  files: ["**/*.{ts,tsx}"],
  // import/no-cycle follows imports into our own files only: never parse node_modules.
  settings: { "import/ignore": ["node_modules"] },
  rules: {
    "import/no-restricted-paths": [
      "error",
      {
        zones: [
          {
            target: "./lib",
            from: "./app",
            message: "lib/ is the domain; it must not import routes.",
          },
          { target: "./lib", from: "./components", message: "lib/ must not import UI." },
          { target: "./components", from: "./app", message: "components/ must not import routes." },
          {
            target: "./components",
            from: "./lib/dal",
            message: "UI must not reach the data layer.",
          },
          {
            target: "./components",
            from: "./lib/db.ts",
            message: "UI must not reach the database.",
          },
          {
            target: "./lib/contracts",
            from: ["./lib/dal", "./lib/db.ts"],
            message: "Contracts are imported by client code: no data layer, no database.",
          },
        ],
      },
    ],
    "import/no-cycle": ["error", { ignoreExternal: true }],
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  layering,
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "bench/floor/.next-floor/**",
      "bench/results/**",
      "node_modules/**",
      "lib/generated/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      ".scratch/**",
    ],
  },
];

export default config;
