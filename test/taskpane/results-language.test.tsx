/** @jest-environment jsdom */
/**
 * The app's results in the pane's language (issue 15): a refusal with its rows, a failure, a
 * finished write and a progress step, made by the real app on the strict host with a Finnish
 * Excel, show the catalogue's Finnish words (`textIn("fi-FI", id, values)`) and no English
 * sentence; a summary built from a Finnish pane gets the Finnish sheet name.
 */
import "./setup-dom";
import "./jsdom-text-encoder";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState, type ReactElement } from "react";
import { createInventoryApp, type ActionResult, type Failure, type InventoryApp } from "../../src/app";
import { say, sayIn, textIn } from "../../src/core";
import { ActionResultBar } from "../../src/taskpane/components/action-result-bar";
import { ProgressStatus } from "../../src/taskpane/components/progress-status";
import { SummaryPanel } from "../../src/taskpane/components/summary-panel";
import { RunnerProvider, useRunner } from "../../src/taskpane/hooks/use-runner";
import { PaneLanguageProvider } from "../../src/taskpane/i18n/pane-language";
import { createTestHost, type SeedSheet, type TestHost } from "../host";
import { renderPane } from "./render-pane";

const FI = "fi-FI";
const HEADERS = ["Name", "Category", "Quantity", "Stock codes", "Income", "Expense"];
let host: TestHost;

afterEach(() => host.uninstall());

function stock(): SeedSheet {
  return { name: "Stock", values: [HEADERS, ["Ski", "Skis", -1, "S1", 10, 2], ["Pole", "Poles", 2, "P1, P2", 20, 4]] };
}

function finnishHost(sheet: SeedSheet, selection?: string): InventoryApp {
  host = createTestHost({ sheets: [sheet], culture: { name: FI }, ...(selection ? { selection } : {}) });
  host.install();
  return createInventoryApp({ debounceMs: 20, quietMs: 50 });
}

function inFinnish(ui: ReactElement) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <PaneLanguageProvider tag={FI}>
        <RunnerProvider>{ui}</RunnerProvider>
      </PaneLanguageProvider>
    </FluentProvider>,
  );
}

function failed(result: ActionResult): Failure {
  if (result.ok) throw new Error("expected a failure");
  return result;
}

test("a refused serialize: the bar and every refused row in Finnish, no English sentence", async () => {
  const result = failed(await finnishHost(stock(), "Stock!A2").serializeSelection());
  const row = result.refused![0];
  const { container } = inFinnish(<ActionResultBar result={result} canUndo={false} onUndo={() => undefined} />);
  const shown = container.textContent ?? "";
  expect(shown).toContain(textIn(FI, "action-none-serializable"));
  expect(shown).toContain(sayIn(FI, row.say!));
  expect(shown).toContain(textIn(FI, row.say!.parts!.first.id, row.say!.parts!.first.values));
  expect(shown).not.toContain(result.message);
  expect(shown).not.toContain(row.reason);
  expect(shown).not.toMatch(/\b(the row has an error|is below|was changed)\b/);
});

test("a protected sheet's failure and a finished serialize in Finnish", async () => {
  const protectedResult = failed(await finnishHost({ ...stock(), protected: true }, "Stock!A3").serializeSelection());
  host.uninstall();
  const done = await finnishHost(stock(), "Stock!A3").serializeSelection();
  if (!done.ok) throw new Error(done.message);

  const bar = inFinnish(<ActionResultBar result={protectedResult} canUndo={false} onUndo={() => undefined} />);
  const refusedText = bar.container.textContent ?? "";
  expect(refusedText).toContain(`${textIn(FI, "app-protected", { sheet: "Stock" })} ${textIn(FI, "nothing-changed")}`);
  expect(refusedText).not.toContain(protectedResult.message);
  expect(refusedText).not.toMatch(/\b(protected|Nothing)\b/);
  bar.unmount();

  const { container } = inFinnish(<ActionResultBar result={done} canUndo={false} onUndo={() => undefined} />);
  const doneText = container.textContent ?? "";
  expect(doneText).toContain(sayIn(FI, done.value.say![0]));
  expect(doneText).not.toContain(done.value.message);
  expect(doneText).not.toMatch(/\bSerialized\b/);
});

/** Runs a job that reports one step and waits until the test lets it finish. */
function Job({ release }: { release: Promise<void> }) {
  const { run } = useRunner();
  const [started, setStarted] = useState(false);
  if (!started) {
    setStarted(true);
    void run("Job", async ({ onProgress }) => {
      onProgress?.(250, 1000, "Reading rows", say("excel-progress-reading-rows"));
      await release;
      return { ok: true, value: undefined };
    });
  }
  return <ProgressStatus />;
}

test("a progress step in Finnish", async () => {
  host = createTestHost({ sheets: [stock()] });
  let finish = (): void => undefined;
  const release = new Promise<void>((resolve) => (finish = resolve));
  const { container } = inFinnish(<Job release={release} />);
  const step = textIn(FI, "pane-progress-step", { step: textIn(FI, "excel-progress-reading-rows"), done: 250, total: 1000 });
  const bar = await screen.findByRole("progressbar");
  expect(bar.getAttribute("aria-label")).toBe(textIn(FI, "pane-progress-label", { title: "Job", step }));
  expect(container.textContent).toContain(step);
  expect(container.textContent).not.toMatch(/Reading rows/);
  finish();
  await waitFor(() => expect(container.textContent).not.toContain(step));
});

test("a summary built from a Finnish pane goes to the Finnish sheet", async () => {
  const app = finnishHost(stock());
  const user = userEvent.setup();
  inFinnish(<SummaryPanel app={app} decimals={2} />);
  await user.click(screen.getByRole("button", { name: textIn(FI, "pane-summary-build") }));
  await waitFor(() => expect(host.sheetNames()).toContain("Varastoyhteenveto"));
  expect(host.sheetNames()).toEqual(["Stock", "Varastoyhteenveto"]);
});

test("an English pane on a Finnish Excel writes amounts as that Excel does (1 234,50): the culture reaches the pane's settings", async () => {
  const values = [HEADERS, ["Pole", "Poles", 2, "P1, P2", 1234.5, 4]];
  const app = finnishHost({ name: "Stock", values });
  const { user } = renderPane(app);
  await user.click(await screen.findByRole("tab", { name: textIn("en-US", "pane-tab-summary") }));
  await user.click(screen.getByRole("button", { name: textIn("en-US", "pane-summary-build") }));
  const table = await screen.findByRole("table");
  expect(table.textContent).toContain(new Intl.NumberFormat(FI, { minimumFractionDigits: 2 }).format(1234.5));
  expect(table.textContent).not.toContain("1,234.50");
});
