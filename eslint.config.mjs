// ESLint flat config for the whole repository (`npm run lint` = `eslint .`).
//
// - typescript-eslint "recommended" (syntax only: no type information, so a full run stays fast).
// - The Office.js batching rules from eslint-plugin-office-addins, all as errors. A justified
//   exception (one sync per 5 MB block is allowed, one per row is not) is written next to the code:
//   `// eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block`.
// - Team rules that a linter can hold: imports point down the layers, Office.js is called only
//   in src/excel, no HTML from strings, no focused or skipped tests.
import { defineConfig } from "eslint/config";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const nodeGlobals = {
  require: "readonly",
  module: "writable",
  exports: "writable",
  __dirname: "readonly",
  __filename: "readonly",
  process: "readonly",
  console: "readonly",
  Buffer: "readonly",
  URL: "readonly",
  setTimeout: "readonly",
  clearTimeout: "readonly",
};

/** Relative-import patterns that reach into a layer folder (`../excel`, `../../app/x`). */
const layer = (...names) => names.flatMap((name) => [`**/${name}`, `**/${name}/**`]);

const restrictImports = (message, names, extraPaths = []) => ({
  "no-restricted-imports": [
    "error",
    { patterns: [{ group: layer(...names), message }, ...extraPaths] },
  ],
});

const noHtmlFromStrings = [
  {
    selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]",
    message: "Never build HTML from strings: render text with React or textContent.",
  },
  {
    selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln)$/][callee.object.name='document']",
    message: "Never build HTML from strings: render text with React or textContent.",
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: "Never build HTML from strings: render text with React or textContent.",
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: "Never build HTML from strings: workbook text is rendered as text.",
  },
];

/** src/app drives Excel only through src/excel: no Office.js global and no request-context call of its own. */
const noOfficeCalls = [
  {
    selector: "MemberExpression[object.name=/^(Excel|Office|OfficeExtension)$/]",
    message: "src/app makes no Office.js call: add a function to src/excel and call that.",
  },
  {
    selector: "TSQualifiedName[left.name=/^(Excel|Office|OfficeExtension)$/]",
    message: "src/app names no Office.js type: the adapter's ExcelContext is the request context it passes on.",
  },
  {
    selector: "MemberExpression[object.name='context']",
    message: "src/app makes no Office.js call: pass the request context on to a src/excel function instead of using it.",
  },
];

const noFocusedOrSkippedTests = [
  {
    selector: "CallExpression[callee.object.name=/^(test|it|describe)$/][callee.property.name=/^(only|skip|todo)$/]",
    message: "No .only, .skip or .todo: a test either runs and can fail, or it is not committed.",
  },
  {
    selector: "CallExpression[callee.name=/^(xit|xtest|xdescribe|fit|fdescribe)$/]",
    message: "No focused or skipped tests.",
  },
];

export default defineConfig(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-artifacts/**", ".certs/**"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    plugins: { "office-addins": officeAddins },
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: {
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "office-addins/no-office-initialize": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { args: "none", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
      "no-eval": "error",
      "no-restricted-syntax": ["error", ...noHtmlFromStrings],
    },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { globals: nodeGlobals, sourceType: "module" },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  // Layers: taskpane|commands → app → excel → core; cli → core. Imports only point down.
  {
    files: ["src/core/**"],
    rules: restrictImports(
      "src/core is pure: it imports only zod, intl-messageformat and other core files.",
      ["excel", "app", "taskpane", "commands", "cli"],
      [{ group: ["react", "react-dom", "react/*", "@fluentui/*", "exceljs", "papaparse", "node:*", "fs", "path"], message: "src/core is pure: it imports only zod, intl-messageformat and other core files." }],
    ),
  },
  {
    // The English catalogue's area files are named after the layers whose words they hold
    // (`./app`, `./excel`): siblings inside core, not imports of those layers.
    files: ["src/core/messages/*/index.ts"],
    rules: restrictImports("src/core is pure: it imports only zod, intl-messageformat and other core files.", ["taskpane", "commands", "cli"]),
  },
  {
    files: ["src/excel/**"],
    rules: restrictImports("src/excel may import only src/core.", ["app", "taskpane", "commands", "cli"]),
  },
  {
    files: ["src/app/**"],
    rules: {
      ...restrictImports("src/app may import only src/excel and src/core.", ["taskpane", "commands", "cli"]),
      "no-restricted-syntax": ["error", ...noHtmlFromStrings, ...noOfficeCalls],
    },
  },
  {
    files: ["src/taskpane/**", "src/commands/**"],
    rules: restrictImports("The pane and the ribbon talk to Excel only through src/app.", ["excel", "cli"]),
  },
  {
    files: ["src/cli/**"],
    rules: restrictImports("The CLI runs src/core on files; it never touches the Office layers.", ["excel", "app", "taskpane", "commands"]),
  },
  {
    files: ["test/**", "bench/**"],
    rules: { "no-restricted-syntax": ["error", ...noHtmlFromStrings, ...noFocusedOrSkippedTests] },
  },
);
