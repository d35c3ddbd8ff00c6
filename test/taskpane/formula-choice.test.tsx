/** @jest-environment jsdom */
import "./setup-dom";
import { screen, within } from "@testing-library/react";
import type { PlanRunOptions } from "../../src/app";
import { aggregatePreview, fakeApp, serializePreview, success } from "./fake-app";
import { renderPane } from "./render-pane";

const refusedRow = { row: 1, address: "E2", reason: "E2 holds =C2*D2: serializing would write a value over this formula; use their values or change the formulas first" };
const asValues = (count: number) => ({ replacements: [], skipped: [], refused: [], generated: [], formulasAsValues: count, change: { headerRow: 0, inserts: [], deletes: [], writes: [] } });

test("serialize: formula rows are refused with their cells; Use their values previews again with values and applies with them", async () => {
  const app = fakeApp();
  app.previewSerialize.mockImplementation(async (options?: PlanRunOptions) => success(options?.formulas === "values"
    ? serializePreview({ rowsAffected: 1, newRows: 1, formulaCells: 1, plan: asValues(1) })
    : serializePreview({ rowsAffected: 0, newRows: 0, formulaCells: 1, refused: [refusedRow] })));
  app.serializeSelection.mockResolvedValue(success({ message: "Serialized 1 row into 2 rows (1 new row). 1 formula became a value.", undoable: true, excelUndo: false }));
  const view = renderPane(app);
  await view.user.click(screen.getByRole("tab", { name: "Serialize" }));
  await view.user.click(screen.getByRole("button", { name: "Preview selection" }));

  const formulas = await screen.findByRole("group", { name: "Formulas" });
  expect(formulas).toHaveTextContent("1 formula would be replaced by its value: those rows are refused.");
  expect(within(screen.getByRole("region", { name: "Refused rows" })).getByRole("list")).toHaveTextContent(`E2: ${refusedRow.reason}`);
  expect(screen.queryByRole("button", { name: /^Serialize/ })).not.toBeInTheDocument();

  await view.user.click(within(formulas).getByRole("button", { name: "Use their values" }));
  expect(await screen.findByText("1 formula will become a value.")).toBeInTheDocument();
  expect(app.previewSerialize).toHaveBeenLastCalledWith(expect.objectContaining({ formulas: "values" }));

  await view.user.click(screen.getByRole("button", { name: "Serialize 1 row" }));
  expect(await screen.findByText("Serialized 1 row into 2 rows (1 new row). 1 formula became a value.")).toBeInTheDocument();
  expect(app.serializeSelection).toHaveBeenCalledWith(expect.objectContaining({ formulas: "values" }));
});

test("aggregate: Keep the formulas goes back to refusing them", async () => {
  const app = fakeApp();
  app.previewAggregate.mockImplementation(async (options?: PlanRunOptions) => success(options?.formulas === "values"
    ? aggregatePreview({ formulaCells: 2, plan: { merges: [], refused: [], formulasAsValues: 2, change: asValues(0).change } })
    : aggregatePreview({ groups: 0, rowsMerged: 0, formulaCells: 2 })));
  const view = renderPane(app);
  await view.user.click(screen.getByRole("tab", { name: "Aggregate" }));
  await view.user.click(screen.getByRole("button", { name: "Preview selection" }));
  await view.user.click(await screen.findByRole("button", { name: "Use their values" }));
  expect(await screen.findByText("2 formulas will become values.")).toBeInTheDocument();
  await view.user.click(screen.getByRole("button", { name: "Keep the formulas" }));
  expect(await screen.findByText("2 formulas would be replaced by their values: those rows are refused.")).toBeInTheDocument();
  expect(app.previewAggregate).toHaveBeenLastCalledWith(expect.objectContaining({ formulas: "refuse" }));
});

test("a preview without formulas says nothing about them", async () => {
  const view = renderPane(fakeApp());
  await view.user.click(screen.getByRole("tab", { name: "Serialize" }));
  await view.user.click(screen.getByRole("button", { name: "Preview selection" }));
  await screen.findByRole("list", { name: "Serialize preview counts" });
  expect(screen.queryByRole("group", { name: "Formulas" })).not.toBeInTheDocument();
});

test("the preview shows the warning about formulas elsewhere that point into the rows", async () => {
  const app = fakeApp();
  const warning = "A formula elsewhere (H3) points into these rows: inserting or deleting rows changes what it adds up.";
  app.previewSerialize.mockResolvedValue(success(serializePreview({ formulaWarning: warning })));
  const view = renderPane(app);
  await view.user.click(screen.getByRole("tab", { name: "Serialize" }));
  await view.user.click(screen.getByRole("button", { name: "Preview selection" }));
  expect(await screen.findByRole("note", { name: "Formulas elsewhere" })).toHaveTextContent(warning);
});
