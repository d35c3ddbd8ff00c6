/** @jest-environment jsdom */
/**
 * Find by code shows the unit's status beside its row (issue 16): the status cell's text and its
 * class in the pane's language, found by the real app on the strict host.
 */
import "./setup-dom";
import "./jsdom-text-encoder";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createInventoryApp, type InventoryApp } from "../../src/app";
import { textIn } from "../../src/core";
import { App } from "../../src/taskpane/App";
import { createTestHost, type TestHost } from "../host";
import { fakeApp, success } from "./fake-app";
import { renderPane } from "./render-pane";

let host: TestHost | undefined;
afterEach(() => host?.uninstall());

async function fleetApp(): Promise<InventoryApp> {
  host = createTestHost({
    sheets: [{ name: "Fleet", values: [["Name", "Quantity", "Stock codes", "Status"], ["Van", 1, "CAR-1", "Hired out"], ["Bus", 1, "CAR-2", ""], ["Cab", 1, "CAR-3", "Zork"]] }],
  });
  host.install();
  const app = createInventoryApp({ debounceMs: 20, quietMs: 50 });
  const saved = await app.saveSettings({ statusMap: { "Hired out": "out" } });
  if (!saved.ok) throw new Error(saved.message);
  return app;
}

async function find(user: ReturnType<typeof userEvent.setup>, code: string, tab = "Find", box = "Stock code") {
  await user.click(screen.getByRole("tab", { name: tab }));
  await user.click(screen.getByRole("searchbox", { name: box }));
  await user.keyboard(`${code}{Enter}`);
}

test("the found row shows its status and class; an empty or unclassed status says so", async () => {
  const { user } = renderPane(await fleetApp());
  await find(user, "CAR-1");
  const record = await screen.findByRole("region", { name: "Record at A2" });
  expect(record).toHaveTextContent("Status: Hired out (Out)");
  expect(host!.selection()).toEqual(["Fleet!A2:D2"]);

  await user.keyboard("CAR-2{Enter}");
  expect(await screen.findByRole("region", { name: "Record at A3" })).toHaveTextContent("Status: empty");
  await user.keyboard("CAR-3{Enter}");
  expect(await screen.findByRole("region", { name: "Record at A4" })).toHaveTextContent("Status: Zork (not classed, counts as unavailable)");
});

test("a sheet without a status column shows no status line", async () => {
  const app = fakeApp();
  app.findByCode.mockResolvedValue(success({ found: true, row: 1, address: "Inventory!A2", headers: ["Name", "Qty", "Stock codes"], record: ["Pole", 1, "P-1"] }));
  const { user } = renderPane(app);
  await find(user, "P-1");
  const record = await screen.findByRole("region", { name: "Record at A2" });
  expect(record).not.toHaveTextContent("Status:");
});

test("the class is said in the pane's language", async () => {
  const FI = "fi-FI";
  const app = fakeApp();
  app.findByCode.mockResolvedValue(success({
    found: true, row: 1, address: "Inventory!A2", headers: ["Nimi", "Määrä", "Koodit", "Tila"], record: ["Sukset", 1, "S-1", "Vuokralla"],
    status: { text: "Vuokralla", class: "out" },
  }));
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <App app={app} displayLanguage={FI} storage={{ getItem: () => null, setItem: () => undefined }} />
    </FluentProvider>,
  );
  await find(user, "S-1", textIn(FI, "pane-tab-find"), textIn(FI, "pane-find-label"));
  const record = await screen.findByRole("region", { name: textIn(FI, "pane-record", { cell: "A2" }) });
  expect(record).toHaveTextContent("Tila: Vuokralla (Käytössä)");
});
