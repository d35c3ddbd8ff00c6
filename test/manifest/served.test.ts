/**
 * What the build and the dev server hand out (issue 23 §7): no source map beside the bundle,
 * CORS only for Office's origins, a Content-Security-Policy in the pane page.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os, { tmpdir } from "node:os";
import { join } from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS
const config = require("../../webpack.config.js") as {
  (env: unknown, argv: { mode: string }): { devtool: unknown; devServer?: { headers: (req: { headers: { origin?: string } }) => Record<string, string> } };
  corsHeaders(origin: string | undefined): Record<string, string>;
};

test("the production build publishes no source map; development maps do not use eval", () => {
  const saved = process.env.ADDIN_PUBLIC_URL;
  process.env.ADDIN_PUBLIC_URL = "https://addins.example.com/inventory";
  try {
    expect(config({}, { mode: "production" }).devtool).toBe(false);
  } finally {
    if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
    else process.env.ADDIN_PUBLIC_URL = saved;
  }
  expect(String(config({}, { mode: "development" }).devtool)).not.toMatch(/eval/);
});

describe("the dev server answers CORS only for the origins Office uses", () => {
  test.each([
    "https://localhost:3000",
    "https://excel.officeapps.live.com",
    "https://usc-excel.officeapps.live.com",
    "https://www.office.com",
    "https://contoso.sharepoint.com",
    "https://excel.cloud.microsoft",
  ])("%s is echoed", (origin) => {
    expect(config.corsHeaders(origin)).toEqual({ "Access-Control-Allow-Origin": origin, Vary: "Origin" });
  });

  test.each([
    undefined,
    "null",
    "https://evil.example",
    "http://excel.officeapps.live.com",
    "https://office.com.evil.example",
    "https://evilofficeapps.live.com",
    "https://localhost:3001",
  ])("%s gets no CORS header", (origin) => {
    expect(config.corsHeaders(origin)).toEqual({});
  });

  test("the dev server uses that rule, not a wildcard", () => {
    // The dev server config reads the certificates from ~/.office-addin-dev-certs: give it stand-ins.
    const home = mkdtempSync(join(tmpdir(), "inventory-rows-home-"));
    mkdirSync(join(home, ".office-addin-dev-certs"));
    for (const name of ["ca.crt", "localhost.crt", "localhost.key"]) writeFileSync(join(home, ".office-addin-dev-certs", name), "stand-in");
    const homedir = jest.spyOn(os, "homedir").mockReturnValue(home);
    const saved = { WEBPACK_SERVE: process.env.WEBPACK_SERVE };
    process.env.WEBPACK_SERVE = "true";
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const fresh = require("../../webpack.config.js") as typeof config;
        const built = fresh({}, { mode: "development" });
        expect(built.devServer?.headers({ headers: { origin: "https://evil.example" } })).toEqual({});
        expect(built.devServer?.headers({ headers: { origin: "https://excel.officeapps.live.com" } })).toEqual({
          "Access-Control-Allow-Origin": "https://excel.officeapps.live.com",
          Vary: "Origin",
        });
      });
    } finally {
      homedir.mockRestore();
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
      rmSync(home, { recursive: true, force: true });
    }
  });
});

test("the pane page carries a Content-Security-Policy that allows Office.js and no plugins", () => {
  const html = readFileSync(join(__dirname, "..", "..", "src", "taskpane", "taskpane.html"), "utf8");
  const policy = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
  const directives = new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
  expect(directives.get("object-src")).toEqual(["'none'"]);
  expect(directives.get("base-uri")).toEqual(["'self'"]);
  expect(directives.get("script-src")).toEqual(expect.arrayContaining(["'self'", "https://appsforoffice.microsoft.com"]));
  expect(directives.get("script-src")).not.toContain("'unsafe-inline'");
  expect(directives.get("script-src")).not.toContain("'unsafe-eval'");
  expect(directives.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  expect(directives.get("default-src")).toEqual(["'self'"]);
  // The policy comes before the first script, so it applies to Office.js too.
  expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
});
