/** @jest-environment jsdom */
/**
 * What the Excel adapter says reaches the pane in the pane's language (issue 15): a failed
 * step (Excel refusing a protected sheet mid-write), the pane's "Undid …" with the action's
 * own name, and a sheet changed before Undo. Real app, strict host; the bar shows exactly
 * `textIn(tag, id, values)` and no English sentence.
 */
import "./setup-dom";
import "./jsdom-text-encoder";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { createInventoryApp, type ActionResult, type Failure, type InventoryApp } from "../../src/app";
import { textIn, textOf } from "../../src/core";
import { ActionResultBar } from "../../src/taskpane/components/action-result-bar";
import { RunnerProvider } from "../../src/taskpane/hooks/use-runner";
import { PaneLanguageProvider } from "../../src/taskpane/i18n/pane-language";
import { createTestHost, type SeedSheet, type TestHost } from "../host";

const HEADERS = ["Name", "Category", "Quantity", "Stock codes", "Income", "Expense"];
let host: TestHost;

afterEach(() => host.uninstall());

function stock(): SeedSheet {
  return { name: "Stock", values: [HEADERS, ["Ski", "Skis", 1, "S1", 10, 2], ["Pole", "Poles", 2, "P1, P2", 20, 4]] };
}

function appOn(tag: string, selection = "Stock!A3"): InventoryApp {
  host = createTestHost({ sheets: [stock()], culture: { name: tag }, selection });
  host.install();
  return createInventoryApp({ debounceMs: 20, quietMs: 50 });
}

function barIn(tag: string, result: ActionResult): string {
  const ui: ReactElement = <ActionResultBar result={result} canUndo={false} onUndo={() => undefined} />;
  const { container } = render(
    <FluentProvider theme={webLightTheme}>
      <PaneLanguageProvider tag={tag}>
        <RunnerProvider>{ui}</RunnerProvider>
      </PaneLanguageProvider>
    </FluentProvider>,
  );
  return container.textContent ?? "";
}

function failed(result: ActionResult): Failure {
  if (result.ok) throw new Error("expected a failure");
  return result;
}

test("a step Excel refuses mid-write (a protected sheet) is said in Finnish: the step, the reason and that nothing changed", async () => {
  const FI = "fi-FI";
  const app = appOn(FI);
  host.failSync(({ operations }) => operations.includes("Range.insert"), "AccessDenied");
  const result = failed(await app.serializeSelection());
  expect(result.kind).toBe("protected");
  expect(result.message).toBe(result.say!.map(textOf).join(" "));

  const reason = textIn(FI, "excel-error-with-code", { words: textIn(FI, "excel-code-access-denied"), code: "AccessDenied" });
  const expected = `${textIn(FI, "excel-step-failed", { step: textIn(FI, "excel-step-serializing"), reason })} ${textIn(FI, "nothing-changed")}`;
  const shown = barIn(FI, result);
  expect(shown).toContain(expected);
  expect(shown).not.toContain(result.message);
  expect(shown).not.toMatch(/\b(failed|refused|protected|Nothing|rows)\b/);
});

test("\"Undid …\" is wholly German: the action's name comes from the catalogue too", async () => {
  const DE = "de-DE";
  const app = appOn(DE);
  const done = await app.serializeSelection();
  expect(done.ok).toBe(true);
  const undone = await app.undo();
  if (!undone.ok) throw new Error(undone.message);
  expect(undone.value.message).toBe("Undid serialize.");

  const shown = barIn(DE, undone);
  expect(shown).toContain(textIn(DE, "app-undid", { label: textIn(DE, "excel-undo-label-serialize") }));
  expect(shown).not.toMatch(/\b(Undid|serialize)\b/);
});

test("an Undo refused because the sheet changed since names the action in Finnish", async () => {
  const FI = "fi-FI";
  const app = appOn(FI);
  expect((await app.serializeSelection()).ok).toBe(true);
  host.userEdit("Stock", "A3", [["Changed"]]);
  const result = failed(await app.undo());
  expect(result.kind).toBe("changed-meanwhile");

  const expected = textIn(FI, "excel-undo-sheet-changed", { action: textIn(FI, "excel-undo-label-serialize"), sheet: "Stock" });
  const shown = barIn(FI, result);
  expect(shown).toContain(expected);
  expect(shown).not.toMatch(/\b(Cannot|undo|serialize|changed)\b/);
});
