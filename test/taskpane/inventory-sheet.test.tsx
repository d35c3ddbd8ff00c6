/** @jest-environment jsdom */
import "./setup-dom";
import { screen, waitFor, within } from "@testing-library/react";
import { checkOutcome, failed, fakeApp, headerInfo, sheetList, success } from "./fake-app";
import { renderPane } from "./render-pane";

afterEach(() => jest.restoreAllMocks());

const picker = () => screen.getByRole("combobox", { name: /^Inventory sheet/ });
const optionTexts = () => within(picker()).getAllByRole("option").map((o) => o.textContent);

test("the Check panel opens with an Inventory sheet picker: Active sheet first, then the workbook's sheets", async () => {
  const app = fakeApp();
  renderPane(app);
  await waitFor(() => expect(optionTexts()).toEqual(["Active sheet", "Inventory", "Stock 2026", "Notes"]));
  // A native select: Tab reaches it and the arrow keys change it, as everywhere in Windows and the browser.
  expect(picker().tagName).toBe("SELECT");
  expect(picker()).toHaveValue("");
  expect(picker()).toHaveAccessibleDescription(/Serialize and Aggregate use the rows selected on it/);
  const panel = screen.getByRole("tabpanel", { name: "Check" });
  expect(within(panel).getAllByRole("combobox")[0]).toBe(picker());
});

test("choosing a sheet passes it to the app and runs nothing; Check then runs on it", async () => {
  const app = fakeApp();
  const { user } = renderPane(app);
  await waitFor(() => expect(optionTexts()).toContain("Stock 2026"));
  await user.selectOptions(picker(), "Stock 2026");
  expect(app.chooseInventorySheet).toHaveBeenLastCalledWith({ id: "{S2}", name: "Stock 2026" });
  expect(picker()).toHaveValue("{S2}");
  expect(app.check).not.toHaveBeenCalled();
  expect(app.applyFixAll).not.toHaveBeenCalled();

  await user.selectOptions(picker(), "Active sheet");
  expect(app.chooseInventorySheet).toHaveBeenLastCalledWith(null);
  await user.click(screen.getByRole("button", { name: "Check sheet" }));
  expect(app.check).toHaveBeenCalledTimes(1);
});

test("the picker shows the app's current choice under its current name, read again on focus", async () => {
  const app = fakeApp();
  app.listSheets.mockResolvedValueOnce(success(sheetList({ chosen: { id: "{S2}", name: "Stock 2026" } })));
  renderPane(app);
  await waitFor(() => expect(picker()).toHaveValue("{S2}"));
  app.listSheets.mockResolvedValue(success(
    sheetList({ sheets: [{ id: "{S2}", name: "Stock 2027" }, { id: "{S4}", name: "New" }], chosen: { id: "{S2}", name: "Stock 2027" } }),
  ));
  picker().focus();
  await waitFor(() => expect(optionTexts()).toEqual(["Active sheet", "Stock 2027", "New"]));
  expect(picker()).toHaveValue("{S2}");
});

test("sheet names are shown as text, never as HTML", async () => {
  const app = fakeApp();
  const hostile = '<img src=x onerror="window.__hacked=1">';
  app.listSheets.mockResolvedValue(success(sheetList({ sheets: [{ id: "{S9}", name: hostile }] })));
  const { container } = renderPane(app);
  await waitFor(() => expect(optionTexts()).toEqual(["Active sheet", hostile]));
  expect(container.querySelector("img")).toBeNull();
});

test("a deleted chosen sheet: the notice is shown and the picker goes back to Active sheet", async () => {
  const app = fakeApp();
  const notice = 'The sheet "Stock 2026" chosen as the inventory is no longer in the workbook, so the pane uses the active sheet again.';
  app.listSheets.mockResolvedValueOnce(success(sheetList({ chosen: { id: "{S2}", name: "Stock 2026" } })));
  const { user } = renderPane(app);
  await waitFor(() => expect(picker()).toHaveValue("{S2}"));

  app.check.mockResolvedValue(success({ ...checkOutcome([]), notice }));
  app.listSheets.mockResolvedValue(success(sheetList({ sheets: [{ id: "{S1}", name: "Inventory" }] })));
  await user.click(screen.getByRole("button", { name: "Check sheet" }));
  expect(await screen.findByText(notice)).toBeInTheDocument();
  await waitFor(() => expect(picker()).toHaveValue(""));
  expect(optionTexts()).toEqual(["Active sheet", "Inventory"]);
});

test("the list's own notice (sheet deleted before any action) is shown above the Check button", async () => {
  const app = fakeApp();
  app.listSheets.mockResolvedValue(success(sheetList({ notice: 'The sheet "Old" chosen as the inventory is no longer in the workbook, so the pane uses the active sheet again.' })));
  renderPane(app);
  expect(await screen.findByText(/The sheet "Old" chosen as the inventory is no longer in the workbook/)).toBeInTheDocument();
});

test("a sheet list that cannot be read says so in plain words and leaves Active sheet", async () => {
  const app = fakeApp();
  app.listSheets.mockResolvedValue(failed("failed", "Excel is busy with too many requests."));
  renderPane(app);
  expect(await screen.findByText("The sheets could not be listed. Excel is busy with too many requests.")).toBeInTheDocument();
  expect(optionTexts()).toEqual(["Active sheet"]);
});

test("the mapping's headers came from the active sheet after the chosen one was deleted: Settings says so", async () => {
  const app = fakeApp();
  app.readHeaders.mockResolvedValue(success({ ...headerInfo(), notice: 'The sheet "Old" chosen as the inventory is no longer in the workbook, so the pane uses the active sheet again.' }));
  const { user } = renderPane(app);
  await user.click(screen.getByRole("tab", { name: "Settings" }));
  const settings = screen.getByRole("tabpanel", { name: "Settings" });
  expect(await within(settings).findByText(/The sheet "Old" chosen as the inventory/)).toBeInTheDocument();
});
