/** @jest-environment jsdom */
/**
 * Settings errors in the pane's language (issue 15): a save the engine refuses (its problems as
 * data, joined by the catalogue), the warnings about stored values, a load that failed, and the
 * form's own field errors. A Finnish pane shows `textIn("fi-FI", id, values)` and no English.
 */
import "./setup-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { failure, words } from "../../src/app";
import { say, settingsSchema, textIn } from "../../src/core";
import { ExcelActionError, problemsOf, settingsFromStored } from "../../src/excel";
import { App } from "../../src/taskpane/App";
import { fakeApp, success, type FakeApp } from "./fake-app";

const FI = "fi-FI";
const noPick = { getItem: () => null, setItem: () => undefined };

function finnishPane(app: FakeApp) {
  const user = userEvent.setup();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App app={app} displayLanguage={FI} storage={noPick} />
    </FluentProvider>,
  );
  return { user, ...view };
}

async function openSettings(app: FakeApp) {
  const view = finnishPane(app);
  await view.user.click(screen.getByRole("tab", { name: textIn(FI, "pane-tab-settings") }));
  await screen.findByRole("button", { name: textIn(FI, "pane-settings-save") });
  return view;
}

test("a save the engine refuses: its problems, joined, in Finnish", async () => {
  const says = [say("settings-too-big", { where: "codeDigits", maximum: 8 }), say("settings-not-whole", { where: "currencyDecimals" })];
  const errors = ["codeDigits: must be at most 8", "currencyDecimals: must be a whole number"];
  const problems = problemsOf({ errors, says });
  expect(problems.text).toBe(errors.join("; "));
  const app = fakeApp();
  app.saveSettings.mockResolvedValue(failure("refused", words("app-settings-not-saved", { reason: problems.text }, { reason: problems.say })));
  const { user } = await openSettings(app);
  await user.click(screen.getByRole("button", { name: textIn(FI, "pane-settings-save") }));

  const joined = textIn(FI, "app-problems-joined", { first: textIn(FI, "settings-too-big", { where: "codeDigits", maximum: 8 }), rest: textIn(FI, "settings-not-whole", { where: "currencyDecimals" }) });
  const expected = textIn(FI, "app-settings-not-saved", { reason: joined });
  expect(await screen.findByText(expected)).toBeInTheDocument();
  expect(document.body.textContent).not.toMatch(/\b(not saved|must be|whole number)\b/);
});

test("a save that failed at an Excel step says the step in Finnish", async () => {
  const app = fakeApp();
  const error = new ExcelActionError("excel-step-saving-settings", Object.assign(new Error("x"), { code: "AccessDenied" }), true);
  app.saveSettings.mockResolvedValue(failure("protected", { message: error.message, say: error.say }));
  const { user } = await openSettings(app);
  await user.click(screen.getByRole("button", { name: textIn(FI, "pane-settings-save") }));

  const reason = textIn(FI, "excel-error-with-code", { words: textIn(FI, "excel-code-access-denied"), code: "AccessDenied" });
  expect(await screen.findByText(`${textIn(FI, "excel-step-failed", { step: textIn(FI, "excel-step-saving-settings"), reason })} ${textIn(FI, "nothing-changed")}`)).toBeInTheDocument();
  expect(document.body.textContent).not.toMatch(/\b(Saving the settings|failed|Nothing)\b/);
});

test("stored values reset to their defaults are listed in Finnish", async () => {
  const stored = settingsFromStored("not an object");
  expect(stored.warningsSay).toEqual([say("excel-settings-unreadable")]);
  const app = fakeApp();
  app.loadSettings.mockResolvedValue(success({ settings: settingsSchema.parse({}), warnings: stored.warnings, warningsSay: stored.warningsSay }));
  finnishPane(app);
  expect(await screen.findByText(textIn(FI, "pane-settings-reset-title"))).toBeInTheDocument();
  expect(screen.getByText(textIn(FI, "excel-settings-unreadable"))).toBeInTheDocument();
  expect(document.body.textContent).not.toContain(stored.warnings[0]);
});

test("settings that could not be loaded: the reason in Finnish", async () => {
  const app = fakeApp();
  const error = new ExcelActionError("excel-step-reading-settings", Object.assign(new Error("x"), { code: "GeneralException" }), true);
  app.loadSettings.mockResolvedValue(failure("failed", { message: error.message, say: error.say }));
  finnishPane(app);
  const reason = `${textIn(FI, "excel-step-failed", {
    step: textIn(FI, "excel-step-reading-settings"),
    reason: textIn(FI, "excel-error-with-code", { words: textIn(FI, "excel-code-general"), code: "GeneralException" }),
  })} ${textIn(FI, "nothing-changed")}`;
  expect(await screen.findByText(textIn(FI, "pane-settings-load-failed", { reason }))).toBeInTheDocument();
  expect(document.body.textContent).not.toMatch(/\b(Reading the settings|failed|internal error)\b/);
});

test("the form's own field errors are the catalogue's Finnish", async () => {
  const app = fakeApp();
  const { user } = await openSettings(app);
  const name = screen.getByRole("textbox", { name: textIn(FI, "pane-settings-sheet-name") });
  await user.clear(name);
  await user.type(name, "Stock/2026");
  await user.click(screen.getByRole("button", { name: textIn(FI, "pane-settings-save") }));
  expect(screen.getByText(textIn(FI, "pane-error-sheet-name"))).toBeInTheDocument();
  expect(screen.getByText(textIn(FI, "pane-settings-fields-wrong"))).toBeInTheDocument();
  expect(app.saveSettings).not.toHaveBeenCalled();
});
