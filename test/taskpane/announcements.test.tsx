/** @jest-environment jsdom */
/**
 * What a screen reader hears: results, errors and lookups are announced as they appear (each
 * one, even when it reads like the one before), and a long action is announced once, not at
 * every percent of its progress.
 */
import "./setup-dom";
import { screen, waitFor } from "@testing-library/react";
import type { RunOptions } from "../../src/app";
import { fakeApp } from "./fake-app";
import { renderPane } from "./render-pane";

// Fluent's announcer uses document.ariaNotify where the browser has it: listen there.
const ariaNotify = jest.fn();
beforeEach(() => {
  ariaNotify.mockReset();
  Object.defineProperty(document, "ariaNotify", { value: ariaNotify, configurable: true });
});
afterAll(() => {
  delete (document as { ariaNotify?: unknown }).ariaNotify;
});

const heard = () => ariaNotify.mock.calls.map(([message]) => String(message));

test("an action's result is announced, title and message as words apart", async () => {
  const { user } = renderPane(fakeApp());
  await user.click(screen.getByRole("tab", { name: "Serialize" }));
  await user.click(screen.getByRole("button", { name: "Preview selection" }));
  await user.click(await screen.findByRole("button", { name: "Serialize 1 row" }));
  await screen.findByText("Serialized 1 row into 12.");
  await waitFor(() => expect(heard()).toContainEqual(expect.stringContaining("Done Serialized 1 row into 12.")));
});

test("two unknown scans in a row are both announced", async () => {
  const app = fakeApp();
  const { user } = renderPane(app);
  await user.click(screen.getByRole("tab", { name: "Find" }));
  const box = screen.getByRole("searchbox", { name: "Stock code" });
  await user.type(box, "NOPE-1{Enter}");
  await waitFor(() => expect(heard().filter((m) => m.includes("No row holds that code."))).toHaveLength(1));
  await user.type(box, "NOPE-2{Enter}");
  await waitFor(() => expect(heard().filter((m) => m.includes("No row holds that code."))).toHaveLength(2));
  expect(app.findByCode).toHaveBeenCalledTimes(2);
});

test("a long action is announced once by name; its progress steps are not read out", async () => {
  const app = fakeApp();
  let step: (done: number) => void = () => undefined;
  app.previewSerialize.mockImplementation(
    ({ onProgress }: RunOptions = {}) =>
      new Promise(() => {
        step = (done) => onProgress?.(done, 10_000, "Reading rows");
      }),
  );
  const { user } = renderPane(app);
  await user.click(screen.getByRole("tab", { name: "Serialize" }));
  await user.click(screen.getByRole("button", { name: "Preview selection" }));
  await screen.findByRole("progressbar");
  for (const done of [1000, 2000, 5000]) {
    step(done);
    await screen.findByText(`Reading rows (${done.toLocaleString("en-US")} of 10,000)`);
  }
  expect(heard()).toEqual(["Preparing the serialize preview…"]);
  const liveRegions = [...document.querySelectorAll('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"]')];
  expect(liveRegions.map((region) => region.textContent).join(" ")).not.toContain("Reading rows");
});
