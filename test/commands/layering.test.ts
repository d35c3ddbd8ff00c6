/** The ribbon talks to Excel only through src/app: showing the pane included. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pendingPaneRequests, resetPaneRequests } from "../../src/app";
import { commandHandlers } from "../../src/commands/handlers";
import { fakeApp } from "../taskpane/fake-app";

const showPane = jest.fn(async () => undefined);
jest.mock("../../src/app/show-pane", () => ({ showPane: () => showPane() }));

beforeEach(() => {
  resetPaneRequests();
  showPane.mockClear();
});

test("the ribbon opens the pane through the app layer, with no Office global of its own", async () => {
  expect(typeof (globalThis as { Office?: unknown }).Office).toBe("undefined");
  const event = { completed: jest.fn() } as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
  await commandHandlers(fakeApp()).checkInventory(event);
  expect(showPane).toHaveBeenCalledTimes(1);
  expect(pendingPaneRequests()).toEqual([{ kind: "run-check" }]);
  expect(event.completed).toHaveBeenCalledTimes(1);
});

test("src/commands imports only src/app (and its own files), and never calls Office.addin", () => {
  const dir = join(__dirname, "../../src/commands");
  for (const file of readdirSync(dir)) {
    const source = readFileSync(join(dir, file), "utf8");
    const imports = [...source.matchAll(/^import[^"]*"([^"]+)";$/gm)].map((m) => m[1]);
    expect({ file, outside: imports.filter((path) => path !== "../app" && !path.startsWith("./")) }).toEqual({ file, outside: [] });
    expect(source).not.toMatch(/Office\.addin/);
  }
});
