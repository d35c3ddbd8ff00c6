/** The ribbon talks to Excel only through src/app: showing the pane and dialogs included. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pendingPaneRequests, resetPaneRequests } from "../../src/app";
import { commandHandlers } from "../../src/commands/handlers";
import { fakeApp } from "../taskpane/fake-app";

const showDialog = jest.fn(async (_url: string) => undefined);
jest.mock("../../src/app/show-pane", () => ({ showPane: jest.fn(), showDialog: (url: string) => showDialog(url) }));

beforeEach(() => {
  resetPaneRequests();
  showDialog.mockClear();
});

test("the ribbon opens the pane and dialogs through the app layer, with no Office global of its own", async () => {
  expect(typeof (globalThis as { Office?: unknown }).Office).toBe("undefined");
  const event = { completed: jest.fn() } as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
  const app = fakeApp();
  app.isPaneShown.mockReturnValue(false);
  await commandHandlers(app).categorySummary(event);
  expect(showDialog).toHaveBeenCalledTimes(1);
  expect(pendingPaneRequests()).toMatchObject([{ kind: "notice", notice: { intent: "success" } }]);
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
