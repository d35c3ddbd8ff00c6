/** @jest-environment jsdom */
import "./setup-dom";
import { act, screen } from "@testing-library/react";
import type { InventoryApp } from "../../src/app";
import { commandNames } from "../../src/commands/handlers";
import { associateRibbon, errorSummary, start, type OfficeLike } from "../../src/taskpane/index";

// The entry is tested on its own: the real pane and app layer are stood in for.
jest.mock("../../src/app", () => ({ createInventoryApp: jest.fn(), noticeFromSearch: () => undefined }));
jest.mock("../../src/taskpane/App", () => ({
  App: ({ app }: { app: { name: string; explode?: boolean } }) => {
    if (app.explode) throw new Error("render failed\n    at App (App.tsx:3:9)");
    return <p>pane for {app.name}</p>;
  },
}));

const fakeApp = (fields: object = {}) => ({ name: "test workbook", ...fields }) as unknown as InventoryApp;

function officeWith(host: string | null, associate = jest.fn()): OfficeLike & { associate: jest.Mock } {
  return { onReady: () => Promise.resolve({ host }), actions: { associate }, associate };
}

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement("div");
  document.body.replaceChildren(container);
});

async function run(options: Omit<Parameters<typeof start>[0], "container">) {
  let outcome: Awaited<ReturnType<typeof start>> | undefined;
  await act(async () => {
    outcome = await start({ container, ...options });
  });
  return outcome;
}

test("without office.js the pane explains how to open the add-in in Excel", async () => {
  expect(await run({ office: undefined })).toBe("outside");
  expect(screen.getByRole("heading", { name: "Open Inventory Rows in Excel" })).toBeTruthy();
  expect(container.textContent).toContain("office.js) could not be loaded");
  expect(screen.getByRole("link", { name: "manifest.xml" }).getAttribute("href")).toBe("manifest.xml");
});

test("opened in a plain browser tab (no host) it shows the sideloading steps", async () => {
  expect(await run({ office: officeWith(null) })).toBe("outside");
  expect(container.textContent).toContain("It works inside Excel");
  expect(container.textContent).toContain("Upload My Add-in");
});

test("in another Office app it says it works in Excel only", async () => {
  expect(await run({ office: officeWith("Word") })).toBe("outside");
  expect(container.textContent).toContain("works in Excel only; this is Word");
});

test("in Excel it creates the app once and renders the pane", async () => {
  const createApp = jest.fn(() => fakeApp());
  expect(await run({ office: officeWith("Excel"), createApp })).toBe("excel");
  expect(createApp).toHaveBeenCalledTimes(1);
  expect(screen.getByText("pane for test workbook")).toBeTruthy();
});

test("the ribbon is associated before Office is ready, and shares one app with the pane", async () => {
  const office = officeWith("Excel");
  const createApp = jest.fn(() => fakeApp());
  const app = associateRibbon(office, createApp);
  expect(office.associate.mock.calls.map(([name]) => name)).toEqual([...commandNames]);
  expect(createApp).not.toHaveBeenCalled();
  expect(await run({ office, createApp: app })).toBe("excel");
  expect(app()).toBe(app());
  expect(createApp).toHaveBeenCalledTimes(1);
});

test("a failure while starting shows a plain message, never a stack trace", async () => {
  const createApp = () => {
    throw new Error("The app layer is not built yet.\n    at createInventoryApp (index.ts:7:9)");
  };
  expect(await run({ office: officeWith("Excel"), createApp })).toBe("failed");
  expect(screen.getByRole("alert").textContent).toContain("Inventory Rows could not start");
  expect(container.textContent).toContain("Details: The app layer is not built yet.");
  expect(container.textContent).not.toContain("index.ts:7");
});

test("an error while rendering the pane ends on the failure page, not a blank pane", async () => {
  const spy = jest.spyOn(console, "error").mockImplementation(() => undefined); // React logs caught render errors
  expect(await run({ office: officeWith("Excel"), createApp: () => fakeApp({ explode: true }) })).toBe("excel");
  spy.mockRestore();
  expect(screen.getByRole("alert").textContent).toContain("Inventory Rows stopped");
  expect(container.textContent).toContain("Details: render failed");
  expect(container.textContent).not.toContain("App.tsx:3");
});

test("while Office is slow to answer it says so, then shows the pane when Excel is ready", async () => {
  jest.useFakeTimers();
  try {
    let ready: (info: { host: string }) => void = () => undefined;
    const office: OfficeLike = { onReady: () => new Promise((resolve) => (ready = resolve)), actions: { associate: jest.fn() } };
    let started: Promise<unknown> = Promise.resolve();
    act(() => {
      started = start({ office, container, createApp: () => fakeApp(), waitHintMs: 5000 });
    });
    await act(async () => jest.advanceTimersByTime(5000));
    expect(container.textContent).toContain("Still waiting for Excel to answer");
    await act(async () => {
      ready({ host: "Excel" });
      await started;
    });
    expect(container.textContent).toContain("pane for test workbook");
  } finally {
    jest.useRealTimers();
  }
});

test("errorSummary keeps one bounded line of the message", () => {
  expect(errorSummary(new Error("first line\nsecond"))).toBe("first line");
  expect(errorSummary("x".repeat(500))).toHaveLength(200);
  expect(errorSummary({ weird: true })).toBe("");
});
