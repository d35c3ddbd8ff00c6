/** @jest-environment jsdom */
import "./setup-dom";
import { screen, within } from "@testing-library/react";
import type { AggregateRunOptions } from "../../src/app";
import { aggregatePreview, fakeApp, success } from "./fake-app";
import { PaneLanguageProvider } from "../../src/taskpane/i18n/pane-language";
import { StatusMergeChoice } from "../../src/taskpane/components/status-merge-choice";
import { renderPane, renderWithFluent } from "./render-pane";

const refused = [
  { row: 1, address: "E2", reason: "row 2 differs from row 3 in Status: merging would lose it", columns: ["Status"] },
  { row: 2, address: "E3", reason: "row 3 differs from row 2 in Status: merging would lose it", columns: ["Status"] },
];

/** Refuses the two rows until asked to keep the counts, then merges them. */
function statusApp() {
  const app = fakeApp();
  app.previewAggregate.mockImplementation(async (options?: AggregateRunOptions) => success(options?.statusMerge === "keep-counts"
    ? aggregatePreview({ groups: 1, rowsMerged: 2, statusOnly: 0 })
    : aggregatePreview({ groups: 0, rowsMerged: 0, refused, statusOnly: 2 })));
  return app;
}

async function preview(app: ReturnType<typeof fakeApp>) {
  const view = renderPane(app);
  await view.user.click(screen.getByRole("tab", { name: "Aggregate" }));
  await view.user.click(screen.getByRole("button", { name: "Preview selection" }));
  return view;
}

test("rows that differ only in status are left alone, and merging them keeping the counts previews again and applies with it", async () => {
  const app = statusApp();
  app.aggregateSelection.mockResolvedValue(success({ message: "Merged 2 rows into 1.", undoable: true, excelUndo: false }));
  const view = await preview(app);

  const group = await screen.findByRole("group", { name: "Rows that differ only in status" });
  expect(group).toHaveTextContent("2 rows differ from the others only in status: left alone.");
  expect(app.previewAggregate).toHaveBeenLastCalledWith(expect.objectContaining({ statusMerge: "refuse" }));
  expect(screen.queryByRole("button", { name: /^Merge 2/ })).not.toBeInTheDocument();

  await view.user.click(within(group).getByRole("button", { name: "Merge and keep per-status counts in the available column" }));
  expect(await screen.findByText("Rows that differ only in status merge; the available column keeps how many of their units are available.")).toBeInTheDocument();
  expect(app.previewAggregate).toHaveBeenLastCalledWith(expect.objectContaining({ statusMerge: "keep-counts" }));

  await view.user.click(screen.getByRole("button", { name: "Merge 2 rows" }));
  expect(await screen.findByText("Merged 2 rows into 1.")).toBeInTheDocument();
  expect(app.aggregateSelection).toHaveBeenCalledWith(expect.objectContaining({ statusMerge: "keep-counts" }));
});

test("Leave them alone goes back to refusing them", async () => {
  const app = statusApp();
  const view = await preview(app);
  await view.user.click(await screen.findByRole("button", { name: "Merge and keep per-status counts in the available column" }));
  await view.user.click(await screen.findByRole("button", { name: "Leave them alone" }));
  expect(await screen.findByText("2 rows differ from the others only in status: left alone.")).toBeInTheDocument();
  expect(app.previewAggregate).toHaveBeenLastCalledWith(expect.objectContaining({ statusMerge: "refuse" }));
});

test("a preview without such rows offers nothing about status", async () => {
  await preview(fakeApp());
  await screen.findByRole("list", { name: "Aggregate preview counts" });
  expect(screen.queryByRole("group", { name: "Rows that differ only in status" })).not.toBeInTheDocument();
});

test("the choice is said in the pane's language, and its button asks for the other choice", async () => {
  const choose = jest.fn();
  const view = renderWithFluent(
    <PaneLanguageProvider tag="fi-FI">
      <StatusMergeChoice statusOnly={2} statusMerge="refuse" onChoose={choose} />
    </PaneLanguageProvider>,
  );
  const group = screen.getByRole("group", { name: "Rivit, jotka eroavat vain tilaltaan" });
  expect(group).toHaveTextContent("2 riviä eroaa muista vain tilaltaan: ne jätetään ennalleen.");
  await view.user.click(within(group).getByRole("button", { name: "Yhdistä ja säilytä tilakohtaiset määrät vapaana-sarakkeessa" }));
  expect(choose).toHaveBeenCalledWith("keep-counts");
});
