/** The Barcode labels ribbon button (issue 17): labels for the selection, told as every command tells. */
import { commandHandlers } from "../../src/commands/handlers";
import { pendingPaneRequests, resetPaneRequests } from "../../src/app";
import { failed, fakeApp, labelsOutcome, success } from "../taskpane/fake-app";

const showAsTaskpane = jest.fn(async () => undefined);

beforeEach(() => {
  resetPaneRequests();
  showAsTaskpane.mockReset().mockResolvedValue(undefined);
  (globalThis as unknown as { Office: unknown }).Office = { addin: { showAsTaskpane } };
});

afterAll(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

async function press(app = fakeApp(), language = "en-US") {
  const event = { completed: jest.fn() } as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
  await commandHandlers(app, () => language)["makeLabels"](event);
  return { event, requests: [...pendingPaneRequests()] };
}

test("the button makes labels for the selection in the pane's language and says so in the pane", async () => {
  const app = fakeApp();
  const { event, requests } = await press(app, "fi-FI");
  expect(app.labels).toHaveBeenCalledWith("selection", { displayLocale: "fi-FI" });
  expect(requests).toEqual([
    { kind: "notice", notice: expect.objectContaining({ intent: "success", title: "Tarrat valmiina", changed: "elsewhere" }) },
  ]);
  expect(event.completed).toHaveBeenCalledTimes(1);
});

test("codes left out are listed with their cells and the pane is brought into view", async () => {
  const app = fakeApp();
  app.labels.mockResolvedValue(success(labelsOutcome({
    leftOut: [{ row: 4, address: "Stock!D5", reason: "Stock!D5: \"É-1\" has a character Code 128 cannot carry" }],
  })));
  const { requests } = await press(app);
  expect(requests).toEqual([
    { kind: "notice", notice: expect.objectContaining({ intent: "warning", details: ["Stock!D5: Stock!D5: \"É-1\" has a character Code 128 cannot carry"] }) },
  ]);
  expect(showAsTaskpane).toHaveBeenCalled();
});

test("a refusal opens the Labels tab with the reason", async () => {
  const app = fakeApp();
  app.labels.mockResolvedValue(failed("refused", "Select the inventory rows to make labels for, on Stock. Nothing was changed."));
  const { requests, event } = await press(app);
  expect(requests).toEqual([
    { kind: "open-panel", panel: "labels" },
    { kind: "notice", notice: expect.objectContaining({ intent: "warning", title: "Labels not made", message: expect.stringMatching(/^Select the inventory rows/) }) },
  ]);
  expect(event.completed).toHaveBeenCalledTimes(1);
});
