/**
 * @jest-environment jsdom
 *
 * The Stocktake tab over the real app on the strict test host: each kind of answer, the running
 * count, Undo last scan, and Finish. Waits on what the pane shows, never on time.
 */
import "./setup-dom";
import "./jsdom-text-encoder";
import { screen, waitFor, within } from "@testing-library/react";
import { createInventoryApp, type InventoryApp } from "../../src/app";
import { createTestHost, type TestHost } from "../host";
import { renderPane } from "./render-pane";

const HEADERS = ["Name", "Category", "Quantity", "Stock codes", "Income", "Expense"];
let host: TestHost;
let app: InventoryApp;

beforeEach(() => {
  host = createTestHost({
    sheets: [{
      name: "Stock",
      values: [
        HEADERS,
        ["Ski A", "Skis", 1, "S1", 10, 1],
        ["Ski B", "Skis", 1, "S2", 10, 1],
        ["Pole pool", "Poles", 2, "POLE", 30, 3],
        ["Helmet", "Helmets", 1, "DUP", 20, 2],
        ["Helmet", "Helmets", 1, "DUP", 20, 2],
      ],
    }],
  });
  host.install();
  app = createInventoryApp({ debounceMs: 20, quietMs: 50, scanSaveMs: 0 });
});

afterEach(async () => {
  // The last scans' save lands in this workbook, not the next test's.
  await waitFor(() => expect(host.settings()["inventoryRows.stocktake"]).toBeDefined());
  host.uninstall();
});

async function openStocktake() {
  const view = renderPane(app);
  await view.user.click(screen.getByRole("tab", { name: "Stocktake" }));
  const field = await screen.findByRole("textbox", { name: "Scan a code" });
  await waitFor(() => expect(field).toHaveFocus());
  return { ...view, field };
}

/** The answer announced by the polite live region, and its badge. */
function answer(): { badge: string; text: string } {
  const region = screen.getByRole("status");
  expect(region).toHaveAttribute("aria-live", "polite");
  const shown = region.firstElementChild!;
  return { badge: shown.firstElementChild!.textContent ?? "", text: shown.textContent ?? "" };
}

test("each scan is answered at once: counted, scanned already, too many, several rows, unknown, empty", async () => {
  const { user, field } = await openStocktake();
  await user.type(field, "S1{Enter}");
  expect(answer()).toEqual({ badge: "Counted", text: "CountedRow 2: Ski A, Skis. 1 of 1 counted." });
  expect(field).toHaveValue("");
  expect(field).toHaveFocus();
  expect(screen.getByText("1 of 4 units counted")).toBeInTheDocument();
  await user.type(field, "S1{Enter}");
  expect(answer().badge).toBe("Scanned already");
  expect(answer().text).toContain("S1 on row 2 was scanned already: not counted again.");
  await user.type(field, "POLE{Enter}POLE{Enter}POLE{Enter}");
  expect(answer().badge).toBe("Too many");
  expect(answer().text).toContain("Row 4 has 2 units with code POLE: this scan is one too many, not counted.");
  await user.type(field, "DUP{Enter}");
  expect(answer()).toMatchObject({ badge: "On several rows" });
  expect(answer().text).toContain("DUP is on several rows (5, 6): not counted.");
  await user.type(field, "NOPE-1{Enter}");
  expect(answer()).toEqual({ badge: "Unknown", text: "UnknownNOPE-1 is not in the inventory: not counted." });
  await user.type(field, "{Enter}");
  expect(answer()).toEqual({ badge: "Empty", text: "EmptyThe scan was empty: nothing counted." });
  expect(screen.getByText("3 of 4 units counted")).toBeInTheDocument();
  expect(screen.getByText("8 scans")).toBeInTheDocument();
});

test("Undo last scan takes it back, the count too, and the field keeps focus", async () => {
  const { user, field } = await openStocktake();
  await user.type(field, "S1{Enter}S2{Enter}");
  expect(screen.getByText("2 of 4 units counted")).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Undo last scan" }));
  expect(answer()).toEqual({ badge: "Undone", text: "UndoneThe scan of S2 was taken back." });
  expect(screen.getByText("1 of 4 units counted")).toBeInTheDocument();
  expect(screen.getByText("1 scan")).toBeInTheDocument();
  expect(field).toHaveFocus();
});

test("Finish writes the report sheet and says what is missing", async () => {
  const { user, field } = await openStocktake();
  await user.type(field, "S1{Enter}POLE{Enter}X9{Enter}");
  await user.click(screen.getByRole("button", { name: "Finish" }));
  expect(await screen.findByText("Stocktake written to Stocktake: 2 units missing, 1 unknown code.")).toBeInTheDocument();
  expect(host.sheetValues("Stocktake")[6].slice(0, 2)).toEqual(["Units missing", 2]);
  const panel = screen.getByRole("tabpanel");
  expect(within(panel).getByRole("button", { name: "Start a new stocktake" })).toBeEnabled();
  // A new stocktake starts with no scans: the finished one's were removed.
  await user.click(within(panel).getByRole("button", { name: "Start a new stocktake" }));
  expect(await screen.findByText("Counting Stock.")).toBeInTheDocument();
  expect(screen.getByText("0 of 4 units counted")).toBeInTheDocument();
  await user.type(await screen.findByRole("textbox", { name: "Scan a code" }), "S2{Enter}");
  expect(screen.getByText("1 of 4 units counted")).toBeInTheDocument();
});

test("a scanner that ends each code with Tab scans as with Enter; Tab in an empty field moves on", async () => {
  const { user, field } = await openStocktake();
  await user.type(field, "S1");
  await user.keyboard("{Tab}");
  expect(answer().badge).toBe("Counted");
  expect(field).toHaveValue("");
  expect(field).toHaveFocus();
  await user.keyboard("{Tab}");
  expect(field).not.toHaveFocus();
  expect(screen.getByText("1 of 4 units counted")).toBeInTheDocument();
});
