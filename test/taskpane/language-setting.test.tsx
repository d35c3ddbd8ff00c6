/** @jest-environment jsdom */
/** The Settings control for the pane's language: automatic, a pick saved per user, and a display language without words. */
import "./setup-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { textIn } from "../../src/core";
import { App } from "../../src/taskpane/App";
import { CheckSummaryLine } from "../../src/taskpane/components/check-summary-line";
import { LanguageSetting } from "../../src/taskpane/components/language-setting";
import { PaneLanguageRoot } from "../../src/taskpane/i18n/pane-language";
import { LANGUAGE_STORAGE_KEY, type ChoiceStorage } from "../../src/taskpane/i18n/language-choice";
import { checkOutcome, fakeApp } from "./fake-app";

function memory(initial?: string): ChoiceStorage & { items: Map<string, string> } {
  const items = new Map<string, string>(initial === undefined ? [] : [[LANGUAGE_STORAGE_KEY, initial]]);
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

function renderSetting(displayLanguage: string | undefined, storage: ChoiceStorage) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <PaneLanguageRoot displayLanguage={displayLanguage} storage={storage}>
        <LanguageSetting />
        <CheckSummaryLine outcome={checkOutcome([], { data: 1234 })} />
      </PaneLanguageRoot>
    </FluentProvider>,
  );
}

const dataRows = (tag: string) => textIn(tag, "pane-stat-data-rows", { count: 1234 });
const languageBox = () => screen.getByRole("combobox", { name: /^Language|^Kieli|^Språk|^Sprache|^Taal|^Langue/ });

test("the languages are offered by their own names, after Automatic", () => {
  renderSetting("fi-FI", memory());
  const options = [...languageBox().querySelectorAll("option")].map((o) => o.textContent);
  expect(options).toEqual([textIn("fi-FI", "pane-language-automatic", { language: "Suomi" }), "English", "Suomi", "Svenska", "Deutsch", "Nederlands", "Français"]);
  expect(languageBox()).toHaveValue("auto");
});

test("picking a language re-renders the pane in it at once and saves the pick for the user", () => {
  const storage = memory();
  renderSetting("en-US", storage);
  expect(screen.getAllByRole("listitem")[0].textContent).toBe(dataRows("en-US"));
  fireEvent.change(languageBox(), { target: { value: "fi" } });
  expect(dataRows("fi-FI")).not.toBe(dataRows("en-US"));
  expect(screen.getAllByRole("listitem")[0].textContent).toBe(dataRows("fi-FI"));
  expect(JSON.parse(storage.items.get(LANGUAGE_STORAGE_KEY) ?? "")).toEqual({ language: "fi" });
  fireEvent.change(languageBox(), { target: { value: "auto" } });
  expect(screen.getAllByRole("listitem")[0].textContent).toBe(dataRows("en-US"));
});

test("a corrupted stored pick falls back to the display language", () => {
  renderSetting("de-DE", memory("{not json"));
  expect(languageBox()).toHaveValue("auto");
  expect(screen.getAllByRole("listitem")[0].textContent).toBe(dataRows("de-DE"));
});

test("a display language without a catalogue shows the pane in English and says so once, in English", () => {
  renderSetting("ja-JP", memory());
  expect(screen.getAllByRole("listitem")[0].textContent).toBe(dataRows("en-US"));
  expect(screen.getAllByText("Inventory Rows has no Japanese yet; it is shown in English.")).toHaveLength(1);
  fireEvent.change(languageBox(), { target: { value: "de" } });
  expect(screen.getAllByRole("listitem")[0].textContent).toBe(dataRows("de-DE"));
});

test("in the whole pane the language follows Office's display language, and Settings switches it", async () => {
  const user = userEvent.setup();
  const storage = memory();
  const app = fakeApp();
  render(
    <FluentProvider theme={webLightTheme}>
      <App app={app} displayLanguage="fi-FI" storage={storage} />
    </FluentProvider>,
  );
  const main = screen.getByRole("main");
  expect(main).toHaveAttribute("lang", "fi-FI");
  await user.click(screen.getByRole("tab", { name: textIn("fi-FI", "pane-tab-settings") }));
  await user.selectOptions(languageBox(), "de");
  expect(main).toHaveAttribute("lang", "de-DE");
  expect(screen.getByRole("tab", { name: textIn("de-DE", "pane-tab-settings") })).toHaveAttribute("aria-selected", "true");
  expect(storage.items.get(LANGUAGE_STORAGE_KEY)).toBe(JSON.stringify({ language: "de" }));
});
