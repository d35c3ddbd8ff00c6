import type { InventoryApp } from "../../src/app";
import { registerCommands } from "../../src/commands/register";

const handlers = {
  serializeSelection: jest.fn(async (event: Office.AddinCommands.Event) => event.completed()),
  exportRows: jest.fn(async (_event: Office.AddinCommands.Event) => {
    throw new Error("Excel is in cell-edit mode");
  }),
  categorySummary: jest.fn((_event: Office.AddinCommands.Event): Promise<void> => {
    throw new Error("synchronous failure");
  }),
};
jest.mock("../../src/commands/handlers", () => ({
  commandNames: ["serializeSelection", "exportRows", "categorySummary"],
  commandHandlers: () => handlers,
}));

function registered() {
  const actions = new Map<string, (event?: unknown) => void>();
  const names = registerCommands(async () => ({}) as InventoryApp, { associate: (name, fn) => actions.set(name, fn) });
  return { names, actions };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const eventFor = () => ({ completed: jest.fn() });

test("every command name is associated with a function", () => {
  const { names, actions } = registered();
  expect(names).toEqual(["serializeSelection", "exportRows", "categorySummary"]);
  expect([...actions.keys()]).toEqual(names);
});

test("a handler that completes its event is not completed twice", async () => {
  const event = eventFor();
  registered().actions.get("serializeSelection")!(event);
  await flush();
  expect(handlers.serializeSelection).toHaveBeenCalledWith(event);
  expect(event.completed).toHaveBeenCalledTimes(1);
});

test("a handler that rejects or throws still completes its ribbon event", async () => {
  const { actions } = registered();
  const rejected = eventFor();
  const thrown = eventFor();
  actions.get("exportRows")!(rejected);
  expect(() => actions.get("categorySummary")!(thrown)).not.toThrow();
  await flush();
  expect(rejected.completed).toHaveBeenCalledTimes(1);
  expect(thrown.completed).toHaveBeenCalledTimes(1);
});

test("every command is associated before the app exists; the app is made at the first press", async () => {
  const getApp = jest.fn(async () => ({}) as InventoryApp);
  const actions = new Map<string, (event?: unknown) => void>();
  registerCommands(getApp, { associate: (name, fn) => actions.set(name, fn) });
  expect([...actions.keys()]).toEqual(["serializeSelection", "exportRows", "categorySummary"]);
  expect(getApp).not.toHaveBeenCalled();
  const event = eventFor();
  actions.get("serializeSelection")!(event);
  await flush();
  expect(getApp).toHaveBeenCalledTimes(1);
  expect(event.completed).toHaveBeenCalledTimes(1);
});

test("a press whose app cannot be made still completes its ribbon event", async () => {
  const actions = new Map<string, (event?: unknown) => void>();
  registerCommands(() => Promise.reject(new Error("Office did not start")), { associate: (name, fn) => actions.set(name, fn) });
  const event = eventFor();
  actions.get("categorySummary")!(event);
  await flush();
  expect(event.completed).toHaveBeenCalledTimes(1);
});
