/**
 * Office ignores `showAsTaskpane` for add-ins from the Marketplace (host switch
 * `showAsTaskpaneIgnored`): every ribbon command still tells the operator its outcome, in the
 * pane when it shows, else in a small dialog.
 */
import { createInventoryApp, noticeFromSearch, pendingPaneRequests, resetPaneRequests } from "../../src/app";
import { commandHandlers } from "../../src/commands/handlers";
import { createTestHost, type TestHost } from "../host";
import { HEADERS } from "../app/helpers";

let host: TestHost;
beforeEach(() => resetPaneRequests());
afterEach(() => host.uninstall());

function setUp(showAsTaskpaneIgnored: boolean, selection = "S!A2") {
  host = createTestHost({
    sheets: [{ name: "S", values: [HEADERS, ["Pole", "Ski", 1, "P-1", 10, 1, ""], ["Helmet", "Ski", 2, "H-1", 20, 2, ""]] }],
    selection,
    showAsTaskpaneIgnored,
    pane: { startsAs: "Hidden" },
  });
  host.install();
  const app = createInventoryApp({ paneWaitMs: 30 });
  // The operator had closed the pane.
  app.paneShown(false);
  return app;
}

const press = async (app: ReturnType<typeof setUp>, name: "serializeSelection" | "categorySummary") => {
  const event = { completed: jest.fn() } as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
  await commandHandlers(app)[name](event);
  expect(event.completed).toHaveBeenCalledTimes(1);
};

const dialogNotices = () => host.officeCalls().dialogs.map((url) => noticeFromSearch(new URL(url).search));

test("a refusal opens the pane where Office shows it: no dialog", async () => {
  const app = setUp(false);
  await press(app, "serializeSelection");
  expect(host.officeCalls()).toMatchObject({ showAsTaskpane: 1, dialogs: [] });
  expect(pendingPaneRequests()).toMatchObject([{ kind: "notice", notice: { title: "Nothing to serialize" } }]);
});

test("with showAsTaskpane ignored (Marketplace), the refusal is told in a dialog", async () => {
  const app = setUp(true);
  await press(app, "serializeSelection");
  expect(host.officeCalls().showAsTaskpane).toBe(1);
  expect(dialogNotices()).toEqual([expect.objectContaining({ intent: "warning", title: "Nothing to serialize" })]);
});

test("a success while the pane is hidden is told in a dialog, and waits in the pane too, with or without the Marketplace rule", async () => {
  for (const ignored of [false, true]) {
    resetPaneRequests();
    const app = setUp(ignored, "S!A3");
    await press(app, "serializeSelection");
    expect(dialogNotices()).toEqual([expect.objectContaining({ intent: "success", title: "Serialized" })]);
    expect(host.officeCalls().showAsTaskpane).toBe(0);
    expect(pendingPaneRequests()).toMatchObject([{ notice: { intent: "success", undoable: true } }]);
    host.uninstall();
  }
});

test("a success while the pane is shown is a notice in the pane only", async () => {
  const app = setUp(true);
  app.paneShown(true);
  await press(app, "categorySummary");
  expect(host.officeCalls().dialogs).toEqual([]);
  expect(pendingPaneRequests()).toMatchObject([{ notice: { intent: "success", title: "Category summary ready" } }]);
});
