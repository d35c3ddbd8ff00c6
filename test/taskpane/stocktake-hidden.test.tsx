/**
 * @jest-environment jsdom
 *
 * The Stocktake tab before it is first shown: it reads nothing and shows no busy spinner, so the
 * pane's other tabs are not "busy" because of a hidden panel (the e2e layout checks wait for no
 * progress bar at all).
 */
import "./setup-dom";
import "./jsdom-text-encoder";
import { screen, waitFor } from "@testing-library/react";
import { createInventoryApp } from "../../src/app";
import { createTestHost, type TestHost } from "../host";
import { renderPane } from "./render-pane";

let host: TestHost;

beforeEach(() => {
  host = createTestHost({ sheets: [{ name: "Stock", values: [["Quantity", "Stock codes"], [1, "S1"]] }] });
  host.install();
});

afterEach(() => host.uninstall());

test("a stocktake tab not yet opened shows no progress bar and starts nothing", async () => {
  renderPane(createInventoryApp({ debounceMs: 20, quietMs: 50, scanSaveMs: 0 }));
  await screen.findByRole("tab", { name: "Stocktake" });
  await waitFor(() => expect(screen.queryAllByRole("progressbar", { hidden: true })).toHaveLength(0));
  expect(screen.queryByText("Reading the inventory…")).toBeNull();
  expect(host.sheetNames()).toEqual(["Stock"]);
});
