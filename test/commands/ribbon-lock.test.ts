/** A ribbon command pressed while a pane action runs: no interleaving (the app's lock). */
import { pendingPaneRequests, resetPaneRequests } from "../../src/app";
import { text } from "../../src/core";
import { commandHandlers } from "../../src/commands/handlers";
import { HEADERS, world, type World } from "../app/helpers";

let w: World;
beforeEach(() => resetPaneRequests());
afterEach(() => w?.host.uninstall());

function sheet() {
  return { name: "S", values: [HEADERS, ["A", "Ski", "2", "X1,X2", 10, 2, ""]], formats: [[], ["", "", "@"]] };
}

const ribbonEvent = () => ({ completed: jest.fn() }) as unknown as Office.AddinCommands.Event & { completed: jest.Mock };

test("Category summary pressed during the pane's Fix all is refused with a plain notice; nothing is written", async () => {
  w = world([sheet()], { selection: "S!A2" });
  const fixing = w.app.applyFixAll("quantity-as-text");
  const event = ribbonEvent();
  await commandHandlers(w.app).categorySummary(event);
  expect(await fixing).toMatchObject({ ok: true });

  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(w.host.sheetNames()).toEqual(["S"]);
  expect(w.host.officeCalls().showAsTaskpane).toBe(1);
  expect(pendingPaneRequests()).toEqual([
    { kind: "notice", notice: { intent: "warning", title: "Category summary was not built", message: text("app-busy"), say: [{ id: "app-busy", values: {} }], details: undefined } },
  ]);
});

test("Serialize selection pressed during the pane's Fix all waits for it, then serializes the fixed row", async () => {
  // A repeated code is an error: the row can be serialized only once Fix all has removed the repeat.
  w = world([{ name: "S", values: [HEADERS, ["A", "Ski", 2, "X1,X1", 10, 2, ""]] }], { selection: "S!A2" });
  const fixing = w.app.applyFixAll("codes-duplicate-in-row");
  const event = ribbonEvent();
  const pressed = commandHandlers(w.app).serializeSelection(event);
  const [fixed] = await Promise.all([fixing, pressed]);

  expect(fixed).toMatchObject({ ok: true, value: { message: "Fixed 1 issue (1 cell changed)." } });
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(w.host.sheetValues("S")).toEqual([
    HEADERS,
    ["A", "Ski", 1, "X1", 5, 1, ""],
    ["A", "Ski", 1, "X2", 5, 1, ""],
  ]);
  expect(pendingPaneRequests()).toMatchObject([{ kind: "notice", notice: { intent: "success", title: "Serialized" } }]);
});
