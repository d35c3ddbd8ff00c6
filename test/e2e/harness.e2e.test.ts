/**
 * The harness itself: the built pane comes over HTTPS from localhost, office.js is the strict
 * host, and nothing reaches the network.
 */
import { assertChromium } from "./support/browser";
import { artifactsDir, officeJsUrl, paneHtml } from "./support/paths";
import { openPane } from "./support/pane";
import { useBrowser } from "./support/session";

const browser = useBrowser();

test("the production pane loads over HTTPS with the strict host in place of office.js", async () => {
  const pane = await openPane(browser(), { sheets: [{ name: "Stock", values: [["Qty", "Codes"], [2, "A,B"]] }] });
  try {
    expect(pane.page.url()).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/taskpane\.html$/);
    const officeScript = await pane.page.evaluate(
      () => Array.from(document.scripts).map((script) => script.src).filter((src) => src.includes("office.js")),
    );
    expect(officeScript).toEqual([officeJsUrl]);
    const host = await pane.page.evaluate(async () => ({
      sheets: window.__host.sheetNames(),
      onReady: (await Office.onReady()).host,
    }));
    expect(host).toEqual({ sheets: ["Stock"], onReady: "Excel" });
    // The ribbon's commands share the pane's runtime: the bundle registered them.
    expect((await pane.page.evaluate(() => window.__host.officeCalls().associated)).sort()).toEqual(
      ["categorySummary", "clearMarks", "makeLabels", "markProblems", "serializeSelection"],
    );
  } finally {
    await pane.close();
  }
});

test("requests to anywhere but localhost are blocked", async () => {
  const pane = await openPane(browser(), {});
  try {
    // A host the pane's Content-Security-Policy allows (it stops any other before the network).
    const outcome = await pane.page.evaluate(() =>
      fetch("https://browser.pipe.aria.microsoft.com/track").then(
        () => "reached",
        () => "blocked",
      ),
    );
    expect(outcome).toBe("blocked");
    expect(browser().blocked).toContain("https://browser.pipe.aria.microsoft.com/track");
  } finally {
    await pane.close();
  }
});

test("opened where office.js cannot load, the built pane says how to open it in Excel", async () => {
  const page = await browser().context.newPage();
  try {
    // A page route wins over the context's: this page gets no office.js at all.
    await page.route(officeJsUrl, (route) => route.abort("internetdisconnected"));
    await page.goto(`${browser().server.origin}/${paneHtml}`);
    await page.getByRole("heading", { name: "Open Inventory Rows in Excel" }).waitFor();
    expect(await page.getByText("office.js) could not be loaded").isVisible()).toBe(true);
    await page.screenshot({ path: `${artifactsDir}/outside-office.png`, fullPage: true });
  } finally {
    await page.close();
  }
});

test("a missing Chromium fails the run with the command that installs it", () => {
  expect(() => assertChromium("/nonexistent/chromium")).toThrow("apt-get install -y chromium");
});
