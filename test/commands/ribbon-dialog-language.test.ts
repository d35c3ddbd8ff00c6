/**
 * The ribbon's dialog (the pane cannot be shown: a Marketplace add-in) speaks the pane's
 * language in every sentence (issue 15): its title, its message and each refused row's line,
 * the row's own error inside it. Real app on the strict host.
 */
import { createInventoryApp, noticeFromSearch, resetPaneRequests, type InventoryApp } from "../../src/app";
import { sayIn, textIn, type Say } from "../../src/core";
import { commandHandlers } from "../../src/commands/handlers";
import { createTestHost, type TestHost } from "../host";
import { HEADERS } from "../app/helpers";

const FI = "fi-FI";
let host: TestHost;
beforeEach(() => resetPaneRequests());
afterEach(() => host.uninstall());

/** Row 2 has an error (quantity -1), row 3 a pool of 2; the pane is closed and Office will not show it. */
function marketplaceApp(selection: string): InventoryApp {
  host = createTestHost({
    sheets: [{ name: "S", values: [HEADERS, ["Ski", "Skis", -1, "S1", 10, 2, ""], ["Pole", "Poles", 2, "P1, P2", 20, 4, ""]] }],
    selection,
    culture: { name: FI },
    showAsTaskpaneIgnored: true,
    pane: { startsAs: "Hidden" },
  });
  host.install();
  const app = createInventoryApp({ paneWaitMs: 30 });
  app.paneShown(false);
  return app;
}

async function pressSerialize(app: InventoryApp) {
  const event = { completed: jest.fn() } as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
  await commandHandlers(app, () => FI).serializeSelection(event);
  expect(event.completed).toHaveBeenCalledTimes(1);
  return host.officeCalls().dialogs.map((url) => noticeFromSearch(new URL(url).search));
}

/** The English sentences these outcomes would show, had they stayed English. */
const ENGLISH = /\b(the row has an error|is below|Serialized|row refused|rows refused|Nothing)\b/;

test("serialized with a row refused: the dialog's message and the refused row's line in Finnish", async () => {
  const app = marketplaceApp("S!A2:A3");
  const preview = await app.previewSerialize();
  if (!preview.ok) throw new Error(preview.message);
  const row = preview.value.refused[0];
  expect(row.say).toBeDefined();

  const [dialog] = await pressSerialize(app);
  const line = textIn(FI, "app-row-reason", { address: row.address, reason: sayIn(FI, row.say as Say) });
  expect(dialog).toEqual({
    intent: "warning",
    title: textIn(FI, "app-ribbon-serialized-refused"),
    message: textIn(FI, "action-serialized", { rows: 1, units: 2, added: 1, refused: 1, skipped: 0 }),
    details: [line],
    lang: FI,
  });
  expect(JSON.stringify(dialog)).not.toMatch(ENGLISH);
});

test("nothing to serialize: every sentence of the dialog in Finnish, the row's error too", async () => {
  const app = marketplaceApp("S!A2");
  const [dialog] = await pressSerialize(app);
  expect(dialog?.title).toBe(textIn(FI, "app-ribbon-nothing-title"));
  expect(dialog?.message).toBe(textIn(FI, "app-ribbon-nothing"));
  expect(dialog?.details).toHaveLength(1);
  expect(dialog?.details?.[0]).toMatch(/^S!A2: /);
  expect(JSON.stringify(dialog)).not.toMatch(ENGLISH);
});

test("a step Excel refuses (a protected sheet) is told in the dialog in Finnish", async () => {
  const app = marketplaceApp("S!A3");
  host.failSync(({ operations }) => operations.includes("Range.insert"), "AccessDenied");
  const [dialog] = await pressSerialize(app);
  const reason = textIn(FI, "excel-error-with-code", { words: textIn(FI, "excel-code-access-denied"), code: "AccessDenied" });
  expect(dialog).toMatchObject({
    title: textIn(FI, "app-ribbon-serialize-failed"),
    message: `${textIn(FI, "excel-step-failed", { step: textIn(FI, "excel-step-serializing"), reason })} ${textIn(FI, "nothing-changed")}`,
  });
  expect(JSON.stringify(dialog)).not.toMatch(/\b(failed|Excel refused|Nothing)\b/);
});
