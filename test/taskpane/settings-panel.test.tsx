/** @jest-environment jsdom */
import "./setup-dom";
import { screen, waitFor, within } from "@testing-library/react";
import { settingsSchema } from "../../src/core";
import { checkOutcome, failed, fakeApp, headerInfo, issue, success } from "./fake-app";
import { renderPane } from "./render-pane";

async function openSettings(app = fakeApp()) {
  const view = renderPane(app);
  await view.user.click(screen.getByRole("tab", { name: "Settings" }));
  await screen.findByText("Detected: Qty");
  return { app, ...view };
}

test("the mapping shows the detected headers; a changed role and the other settings are saved together", async () => {
  const app = fakeApp();
  app.saveSettings.mockImplementation(async (changes) => success({ settings: settingsSchema.parse(changes), warnings: [] }));
  const { user } = await openSettings(app);
  expect(app.readHeaders).toHaveBeenCalledTimes(1);
  expect(screen.getByText("Detected: Stock codes")).toBeInTheDocument();

  await user.selectOptions(screen.getByRole("combobox", { name: "Category" }), "Name");
  await user.click(screen.getByRole("checkbox", { name: "Mileage" }));
  const prefix = screen.getByRole("textbox", { name: "Prefix of generated codes" });
  await user.clear(prefix);
  await user.type(prefix, "POLE");
  await user.selectOptions(screen.getByRole("combobox", { name: "Digits in generated codes" }), "3");
  expect(screen.getByText("Example: POLE-001")).toBeInTheDocument();
  await user.click(screen.getByRole("switch", { name: "Codes are case-sensitive" }));
  await user.click(screen.getByRole("button", { name: "Save settings" }));

  expect(app.saveSettings).toHaveBeenCalledWith({
    mapping: { category: "Name" },
    summarySheetName: "Inventory summary",
    currencyDecimals: 2,
    caseSensitiveCodes: true,
    additiveColumns: ["Mileage"],
    codePrefix: "POLE",
    codeDigits: 3,
    liveCheck: true,
    scanPrefix: "",
    scanSuffix: "",
    perUnitColumns: undefined,
    eachRowOneUnit: "auto",
    codesUniqueWithin: undefined,
    oneCodePerCell: false,
    ignoredRules: [],
    statusMap: {},
  });
  expect(await screen.findByText("Settings saved in the workbook.")).toBeInTheDocument();
  expect(screen.getByRole("combobox", { name: "Category" })).toHaveValue("Name");
  expect(screen.getByText("Column Name")).toBeInTheDocument();
  // Detection depends on the saved mapping: the headers are read again.
  await waitFor(() => expect(app.readHeaders).toHaveBeenCalledTimes(2));
});

test("a bad value is explained next to its field and nothing is saved", async () => {
  const { app, user } = await openSettings();
  const name = screen.getByRole("textbox", { name: "Summary sheet name" });
  await user.clear(name);
  await user.type(name, "Stock/2026");
  await user.click(screen.getByRole("button", { name: "Save settings" }));

  expect(screen.getByText("Use 1 to 31 characters, without \\ / ? * [ ] or :")).toBeInTheDocument();
  // The message sits by the Save button, under the fields it points to.
  const message = screen.getByText("Settings were not saved. Correct the fields marked above; nothing was changed.");
  expect(name.compareDocumentPosition(message) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(app.saveSettings).not.toHaveBeenCalled();
});

test("a save the workbook rejects keeps the form and says nothing was changed", async () => {
  const app = fakeApp();
  app.saveSettings.mockResolvedValue(failed("refused", "Settings not saved: The mapped quantity column Units is not on sheet Inventory."));
  const { user } = await openSettings(app);
  await user.selectOptions(screen.getByRole("combobox", { name: "Quantity (required)" }), "Deposit");
  await user.click(screen.getByRole("button", { name: "Save settings" }));

  expect(
    await screen.findByText("Settings were not saved; nothing was changed. The mapped quantity column Units is not on sheet Inventory."),
  ).toBeInTheDocument();
  expect(screen.getByRole("combobox", { name: "Quantity (required)" })).toHaveValue("Deposit");
});

test("warnings from loading the stored settings are shown", async () => {
  const app = fakeApp();
  app.loadSettings.mockResolvedValue(success({
    settings: settingsSchema.parse({ summarySheetName: "Stock report" }),
    warnings: ["Currency decimals 7 is not between 0 and 4; using 2."],
  }));
  const { user } = renderPane(app);
  expect(await screen.findByText("Some stored settings were reset")).toBeInTheDocument();
  expect(screen.getByText("Currency decimals 7 is not between 0 and 4; using 2.")).toBeInTheDocument();
  await user.click(screen.getByRole("tab", { name: "Settings" }));
  await waitFor(() => expect(screen.getByRole("textbox", { name: "Summary sheet name" })).toHaveValue("Stock report"));
});

test("a header problem found by the check leads to the column mapping", async () => {
  const app = fakeApp();
  app.check.mockResolvedValue(success(checkOutcome([issue("duplicate-header", 0, 4, "Qty and Count both look like the quantity column")])));
  const { user } = renderPane(app);
  await user.click(screen.getByRole("button", { name: "Check sheet" }));
  await user.click(await screen.findByRole("button", { name: "Two columns claim one role: 1 error" }));
  await user.click(screen.getByRole("button", { name: "Choose the columns in Settings" }));

  expect(screen.getByRole("tab", { name: "Settings" })).toHaveAttribute("aria-selected", "true");
  expect(await screen.findByRole("combobox", { name: "Quantity (required)" })).toBeVisible();
});

test("Read headers again, under the mapping, shows the sheet's headers as they are now", async () => {
  const app = fakeApp();
  const { user } = await openSettings(app);
  const mapping = screen.getByRole("group", { name: /^Column mapping/ });
  const button = screen.getByRole("button", { name: "Read headers again" });
  expect(mapping.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

  const info = headerInfo();
  app.readHeaders.mockResolvedValue(success({ ...info, headers: ["Name", "Units", ...info.headers.slice(2)], detected: { ...info.detected, quantity: 1 } }));
  await user.click(button);
  expect(await screen.findByText("Detected: Units")).toBeInTheDocument();
  expect(screen.queryByText("Detected: Qty")).not.toBeInTheDocument();
});

test("the settings for real export shapes: per-unit columns, registers, the duplicate scope, one code per cell and muted rules", async () => {
  const app = fakeApp();
  app.saveSettings.mockImplementation(async (changes) => success({ settings: settingsSchema.parse(changes), warnings: [] }));
  const { user } = await openSettings(app);
  await user.click(screen.getByRole("switch", { name: "Detect from headers (Unit price, List price, Rate…)" }));
  await user.click(within(screen.getByRole("group", { name: "Per-unit columns" })).getByRole("checkbox", { name: "Deposit" }));
  await user.click(screen.getByRole("radio", { name: "Always one unit per row (a register)" }));
  await user.selectOptions(screen.getByRole("combobox", { name: "Codes are unique within" }), "Each Name");
  await user.click(screen.getByRole("switch", { name: "One code per cell (commas are part of the code)" }));
  await user.click(screen.getByRole("checkbox", { name: "Code stored as a number (codes-number)" }));
  await user.click(screen.getByRole("checkbox", { name: "Space inside a code (codes-space)" }));
  await user.click(screen.getByRole("button", { name: "Save settings" }));
  expect(app.saveSettings).toHaveBeenCalledWith(expect.objectContaining({
    perUnitColumns: ["Deposit"],
    eachRowOneUnit: "on",
    codesUniqueWithin: "Name",
    oneCodePerCell: true,
    ignoredRules: ["codes-number", "codes-space"],
  }));
  expect(await screen.findByText("Settings saved in the workbook.")).toBeInTheDocument();
  // The saved settings come back into the form as stored.
  expect(screen.getByRole("switch", { name: "Detect from headers (Unit price, List price, Rate…)" })).not.toBeChecked();
  expect(screen.getByRole("combobox", { name: "Codes are unique within" })).toHaveValue("Name");
});
