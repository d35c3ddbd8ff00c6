/** The ribbon's notices speak the pane's language (issue 15): the entry passes the language to the handlers. */
import { pendingPaneRequests, resetPaneRequests, textIn } from "../../src/app";
import { commandHandlers } from "../../src/commands/handlers";
import { fakeApp, serializePreview, success } from "../taskpane/fake-app";

beforeEach(() => resetPaneRequests());

function ribbonEvent() {
  return { completed: jest.fn() } as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
}

test.each(["en-US", "fi-FI", "de-DE"])("a serialize that needs confirming asks in %s", async (tag) => {
  const app = fakeApp();
  app.previewSerialize.mockResolvedValue(success(serializePreview({ newRows: 1500, needsConfirmation: true })));
  const event = ribbonEvent();
  await commandHandlers(app, () => tag).serializeSelection(event);
  const notice = pendingPaneRequests().find((request) => request.kind === "notice");
  expect(notice).toMatchObject({
    notice: { title: textIn(tag, "app-ribbon-confirm-title"), message: textIn(tag, "app-ribbon-confirm", { count: 1500 }) },
  });
  expect(event.completed).toHaveBeenCalledTimes(1);
});

test("the language is read at each press, so a switch in Settings reaches the ribbon at once", async () => {
  let tag = "en-US";
  const app = fakeApp();
  app.previewSerialize.mockResolvedValue(success(serializePreview({ newRows: 1500, needsConfirmation: true })));
  const handlers = commandHandlers(app, () => tag);
  await handlers.serializeSelection(ribbonEvent());
  tag = "fi-FI";
  await handlers.serializeSelection(ribbonEvent());
  const messages = pendingPaneRequests().flatMap((request) => (request.kind === "notice" ? [request.notice.message] : []));
  expect(messages).toEqual([textIn("en-US", "app-ribbon-confirm", { count: 1500 }), textIn("fi-FI", "app-ribbon-confirm", { count: 1500 })]);
  expect(messages[0]).not.toBe(messages[1]);
});
