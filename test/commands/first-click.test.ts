/**
 * The very first event after the script loads is a ribbon press (the pane was never opened):
 * Office drops a press whose function is not associated yet, so every button must already be
 * associated when the entry script has loaded, before Office.onReady has answered.
 */
import { createTestHost, type TestHost } from "../host";
import { HEADERS } from "../app/helpers";

type AppModule = typeof import("../../src/app");

// No #root here, so the pane is never rendered: its components need not load.
jest.mock("../../src/taskpane/App", () => ({ App: () => null }));

let host: TestHost;
afterEach(() => host.uninstall());

/**
 * Loads the pane's entry script fresh (as Excel loads the function file) with the host installed.
 * Synchronously, on purpose: the press that follows must come before any promise has settled.
 */
function loadEntry(): AppModule {
  let app!: AppModule;
  jest.isolateModules(() => {
    /* eslint-disable @typescript-eslint/no-require-imports -- a synchronous load is what is tested */
    require("../../src/taskpane/index");
    app = require("../../src/app") as AppModule;
    /* eslint-enable @typescript-eslint/no-require-imports */
  });
  return app;
}

function install(selection = "Stock!A2") {
  host = createTestHost({
    sheets: [{ name: "Stock", values: [HEADERS, ["Pole", "Ski", 3, "P-1", 30, 3, ""]], formats: [[], ["", "", "", "@"]] }],
    selection,
  });
  host.install();
}

test("Serialize selection pressed first serializes the selected row and, with the pane never shown, says so in a dialog", async () => {
  install();
  const app = loadEntry();
  expect(await host.pressRibbon("serializeSelection")).toBe("completed");
  expect(host.sheetValues("Stock").map((row) => row[2])).toEqual(["Quantity", 1, 1, 1]);
  expect(app.pendingPaneRequests()).toMatchObject([{ kind: "notice", notice: { intent: "success", title: "Serialized" } }]);
  expect(host.officeCalls().dialogs).toEqual([expect.stringContaining("Serialized")]);
});

test("Category summary pressed first writes the summary sheet", async () => {
  install();
  loadEntry();
  expect(await host.pressRibbon("categorySummary")).toBe("completed");
  expect(host.sheetNames()).toEqual(["Stock", "Inventory summary"]);
  expect(host.officeCalls().dropped).toEqual([]);
});

test("the host drops a press that comes before its function is associated", async () => {
  install();
  expect(await host.pressRibbon("serializeSelection")).toBe("dropped");
  expect(host.officeCalls()).toMatchObject({ dropped: ["serializeSelection"], completed: [], showAsTaskpane: 0 });
});
