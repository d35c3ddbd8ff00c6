/** @jest-environment jsdom */
import "./setup-dom";
import { screen } from "@testing-library/react";
import { settingsSchema } from "../../src/core";
import { fakeApp, success } from "./fake-app";
import { renderPane } from "./render-pane";

async function openSettings(app = fakeApp()) {
  const view = renderPane(app);
  await view.user.click(screen.getByRole("tab", { name: "Settings" }));
  await screen.findByText("Detected: Qty");
  return { app, ...view };
}

test("the scanner's prefix and suffix are saved as typed, spaces included", async () => {
  const app = fakeApp();
  app.saveSettings.mockImplementation(async (changes) => success({ settings: settingsSchema.parse(changes), warnings: [] }));
  const { user } = await openSettings(app);
  await user.type(screen.getByRole("textbox", { name: "Characters the scanner adds before each code" }), "]C1");
  await user.type(screen.getByRole("textbox", { name: "Characters the scanner adds after each code" }), " #");
  await user.click(screen.getByRole("button", { name: "Save settings" }));
  expect(app.saveSettings).toHaveBeenCalledWith(expect.objectContaining({ scanPrefix: "]C1", scanSuffix: " #" }));
});

test("a prefix longer than 20 characters is explained by its field and nothing is saved", async () => {
  const { app, user } = await openSettings();
  await user.type(screen.getByRole("textbox", { name: "Characters the scanner adds before each code" }), "X".repeat(21));
  await user.click(screen.getByRole("button", { name: "Save settings" }));
  expect(screen.getByText("Use at most 20 characters")).toBeInTheDocument();
  expect(app.saveSettings).not.toHaveBeenCalled();
});
