/** @jest-environment jsdom */
/**
 * Settings' status words (issue 16): the stored statusMap as a list to add to, change and remove
 * from; the built-in words of the pane's language as a hint; entries that cannot be stored named
 * beside them, and nothing saved while one is wrong.
 */
import "./setup-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { settingsSchema, statusWordFor, textIn } from "../../src/core";
import { App } from "../../src/taskpane/App";
import { fakeApp, success, type FakeApp } from "./fake-app";
import { renderPane } from "./render-pane";

function withStatusMap(statusMap: Record<string, "available" | "out" | "unavailable">): FakeApp {
  const app = fakeApp();
  app.loadSettings.mockResolvedValue(success({ settings: settingsSchema.parse({ statusMap }), warnings: [] }));
  app.saveSettings.mockImplementation(async (changes) => success({ settings: settingsSchema.parse(changes), warnings: [] }));
  return app;
}

async function openSettings(app: FakeApp) {
  const view = renderPane(app);
  await view.user.click(screen.getByRole("tab", { name: "Settings" }));
  const group = await screen.findByRole("group", { name: "Status words" });
  return { ...view, group };
}

test("the stored words show with their classes; added, changed and removed words are saved with the other settings", async () => {
  const app = withStatusMap({ Hired: "out", Scrapped: "unavailable" });
  const { user, group } = await openSettings(app);
  await waitFor(() => expect(within(group).getByRole("textbox", { name: "Status word 1" })).toHaveValue("Hired"));
  expect(within(group).getAllByRole("combobox", { name: "Counts as" }).map((c) => (c as HTMLSelectElement).value)).toEqual(["out", "unavailable"]);

  await user.selectOptions(within(group).getAllByRole("combobox", { name: "Counts as" })[0], "Available");
  await user.click(within(group).getByRole("button", { name: "Remove status word 2" }));
  await user.click(within(group).getByRole("button", { name: "Add a status word" }));
  await user.type(within(group).getByRole("textbox", { name: "Status word 2" }), " In the van ");
  await user.selectOptions(within(group).getAllByRole("combobox", { name: "Counts as" })[1], "Unavailable");
  await user.click(screen.getByRole("button", { name: "Save settings" }));

  await waitFor(() => expect(app.saveSettings).toHaveBeenCalledTimes(1));
  expect(app.saveSettings.mock.calls[0][0].statusMap).toEqual({ Hired: "available", "In the van": "unavailable" });
  expect(await screen.findByText("Settings saved in the workbook.")).toBeInTheDocument();
});

test("a word listed twice or left empty is named beside it, and nothing is saved", async () => {
  const app = withStatusMap({ Rented: "out" });
  const { user, group } = await openSettings(app);
  await waitFor(() => expect(within(group).getByRole("textbox", { name: "Status word 1" })).toHaveValue("Rented"));
  await user.click(within(group).getByRole("button", { name: "Add a status word" }));
  expect(await within(group).findByText("Write the status word, or remove this one")).toBeInTheDocument();
  await user.type(within(group).getByRole("textbox", { name: "Status word 2" }), "RENTED");
  expect(await within(group).findByText("RENTED is listed twice: keep one")).toBeInTheDocument();

  await user.click(screen.getByRole("button", { name: "Save settings" }));
  expect(await within(group).findByText("Fix the status words marked below")).toHaveAttribute("role", "alert");
  expect(app.saveSettings).not.toHaveBeenCalled();

  await user.click(within(group).getByRole("button", { name: "Remove status word 2" }));
  expect(within(group).queryByText("RENTED is listed twice: keep one")).not.toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Save settings" }));
  await waitFor(() => expect(app.saveSettings).toHaveBeenCalledTimes(1));
  expect(app.saveSettings.mock.calls[0][0].statusMap).toEqual({ Rented: "out" });
});

test("the hint names the built-in word of each class, in the pane's language", async () => {
  const FI = "fi-FI";
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <App app={withStatusMap({})} displayLanguage={FI} storage={{ getItem: () => null, setItem: () => undefined }} />
    </FluentProvider>,
  );
  await user.click(screen.getByRole("tab", { name: textIn(FI, "pane-tab-settings") }));
  const group = await screen.findByRole("group", { name: "Tilasanat" });
  for (const [cls, id] of [["available", "availability-pane-class-available"], ["out", "availability-pane-class-out"], ["unavailable", "availability-pane-class-unavailable"]] as const) {
    const words = statusWordFor(cls, { statusMap: {}, locale: FI });
    expect(within(group).getByText(textIn(FI, "availability-pane-status-known", { class: textIn(FI, id), words }))).toBeInTheDocument();
  }
  expect(within(group).getByText("Tunnetaan jo luokassa Vapaana", { exact: false })).toBeInTheDocument();
});

test("the column mapping offers the status, available and purchase roles, and saves a chosen header", async () => {
  const app = withStatusMap({});
  const { user } = await openSettings(app);
  for (const role of ["Status", "Available quantity", "Purchase value"]) {
    await waitFor(() => expect(screen.getByRole("combobox", { name: role })).toHaveValue(""));
  }
  await user.selectOptions(screen.getByRole("combobox", { name: "Purchase value" }), "Deposit");
  await user.click(screen.getByRole("button", { name: "Save settings" }));
  await waitFor(() => expect(app.saveSettings).toHaveBeenCalledTimes(1));
  expect(app.saveSettings.mock.calls[0][0].mapping).toEqual({ purchase: "Deposit" });
});
