/** @jest-environment jsdom */
import "./setup-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { textIn } from "../../src/core";
import { LabelsPanel } from "../../src/taskpane/components/labels-panel";
import { RunnerProvider } from "../../src/taskpane/hooks/use-runner";
import { PaneLanguageProvider } from "../../src/taskpane/i18n/pane-language";
import { failed, fakeApp, labelsOutcome, success } from "./fake-app";
import { renderPane } from "./render-pane";

test("Make labels runs the action for the selection with the chosen layout, barcode, lines and copies, in the pane's language", async () => {
  const app = fakeApp();
  const { user } = renderPane(app);
  await user.click(screen.getByRole("tab", { name: "Labels" }));
  await user.selectOptions(screen.getByRole("combobox", { name: "Label sheet" }), "Avery 5160 (US Letter, 30 per sheet)");
  await user.selectOptions(screen.getByRole("combobox", { name: "Barcode" }), "QR code");
  await user.click(screen.getByRole("checkbox", { name: "Category" }));
  await user.selectOptions(screen.getByRole("combobox", { name: "Copies of each label" }), "3");
  await user.click(screen.getByRole("button", { name: "Make labels" }));
  await waitFor(() => expect(app.labels).toHaveBeenCalledTimes(1));
  expect(app.labels).toHaveBeenCalledWith("selection", expect.objectContaining({
    layout: "5160", symbology: "qr", lines: ["code", "name"], copies: 3, displayLocale: "en-US", signal: expect.any(AbortSignal),
  }));
  expect(await screen.findByText("2 labels written to Labels on 1 page. Print the sheet with File > Print.")).toBeInTheDocument();
});

test("codes left out are listed with their cells, and an uncoded single unit offers Generate codes, then labels again", async () => {
  const app = fakeApp();
  app.labels.mockResolvedValueOnce(success(labelsOutcome({
    leftOut: [{ row: 3, address: "Stock!A4", reason: "1 unit has no code: generate codes first.", say: { id: "labels-pane-uncoded", values: { units: 1 } } }],
    uncodedRows: [3],
  })));
  const { user } = renderPane(app);
  await user.click(screen.getByRole("tab", { name: "Labels" }));
  await user.click(screen.getByRole("button", { name: "Make labels" }));
  const list = within(await screen.findByRole("region", { name: "Codes without a label" })).getByRole("list");
  expect(within(list).getByText(/A4/)).toBeInTheDocument();
  expect(list).toHaveTextContent("1 unit has no code: generate codes first.");
  await user.click(screen.getByRole("button", { name: "Generate codes" }));
  await waitFor(() => expect(app.labels).toHaveBeenCalledTimes(2));
  expect(app.generateCodes).toHaveBeenCalledWith("ITEM", [3], expect.anything());
  expect(app.labels).toHaveBeenLastCalledWith("selection", expect.anything());
});

test("a refusal says what to select, and its uncoded single units still offer Generate codes", async () => {
  const app = fakeApp();
  app.labels.mockResolvedValue({
    ...failed("refused", "None of the chosen rows has a code to print. Nothing was changed."),
    refused: [{ row: 1, address: "Stock!A2", reason: "1 unit has no code: generate codes first.", say: { id: "labels-pane-uncoded", values: { units: 1 } } }],
  });
  const { user } = renderPane(app);
  await user.click(screen.getByRole("tab", { name: "Labels" }));
  await user.click(screen.getByRole("button", { name: "Make labels" }));
  expect(await screen.findByText(/None of the chosen rows has a code to print/)).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Generate codes" })).toBeEnabled();
});

test("a pool without codes is told to serialize first, with no Generate codes button (it would give the pool one code)", async () => {
  const app = fakeApp();
  const reason = "4 units have no code: serialize the row first (one row per unit, each with its code), then make its labels.";
  app.labels.mockResolvedValue({
    ...failed("refused", "None of the chosen rows has a code to print. Nothing was changed."),
    refused: [{ row: 1, address: "Stock!A2", reason, say: { id: "labels-pane-uncoded-pool", values: { units: 4 } } }],
  });
  const { user } = renderPane(app);
  await user.click(screen.getByRole("tab", { name: "Labels" }));
  await user.click(screen.getByRole("button", { name: "Make labels" }));
  expect(await screen.findByText(/None of the chosen rows has a code to print/)).toBeInTheDocument();
  expect(screen.queryByRole("button", { name: "Generate codes" })).toBeNull();
});

test("after a serialize the result bar offers labels for the new units, which opens Labels and labels them", async () => {
  const app = fakeApp();
  app.serializeSelection.mockResolvedValue(success({ message: "Serialized 1 row into 10.", undoable: true, excelUndo: false, newUnits: 10 }));
  const { user } = renderPane(app);
  await user.click(screen.getByRole("tab", { name: "Serialize" }));
  await user.click(screen.getByRole("button", { name: "Preview selection" }));
  await user.click(await screen.findByRole("button", { name: /^Serialize \d/ }));
  const offer = await screen.findByRole("button", { name: "Labels for the 10 new units" });
  await user.click(offer);
  await waitFor(() => expect(app.labels).toHaveBeenCalledWith("last-created", expect.anything()));
  expect(screen.getByRole("tab", { name: "Labels" })).toHaveAttribute("aria-selected", "true");
});

test.each(["fi-FI", "de-DE", "fr-FR"])("the Labels tab and its labels sheet speak the pane's language (%s)", async (tag) => {
  const app = fakeApp();
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <RunnerProvider>
        <PaneLanguageProvider tag={tag}>
          <LabelsPanel app={app} codePrefix="ITEM" />
        </PaneLanguageProvider>
      </RunnerProvider>
    </FluentProvider>,
  );
  const make = screen.getByRole("button", { name: textIn(tag, "labels-pane-make") });
  expect(screen.getByRole("combobox", { name: textIn(tag, "labels-pane-layout") })).toHaveDisplayValue(textIn(tag, "labels-pane-layout-l7160"));
  await user.click(make);
  await waitFor(() => expect(app.labels).toHaveBeenCalledWith("selection", expect.objectContaining({ displayLocale: tag })));
});
