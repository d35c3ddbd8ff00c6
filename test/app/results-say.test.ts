/**
 * The app's results carry their words as data (`say`, issue 15): refusals, failures, finished
 * writes, each refused row's reason and the progress steps, so the pane can say them in its own
 * language; the English `message` stays what it was. The settings the pane gets carry Excel's
 * culture. On the strict host seeded with a Finnish Excel.
 */
import { sayIn, textIn, textOf, type Say } from "../../src/core";
import { SETTINGS_KEY } from "../../src/excel";
import { HEADERS, valueOf, world, type World } from "./helpers";

const FI = "fi-FI";
let w: World;

afterEach(() => w.host.uninstall());

/** Row 2 has an error (quantity -1); row 3 is a pool of 2. */
function stock() {
  return {
    name: "Stock",
    values: [HEADERS, ["Ski", "Skis", -1, "S1", 10, 2, ""], ["Pole", "Poles", 2, "P1, P2", 20, 4, ""]],
  };
}

const finnish = (say: readonly Say[]) => say.map((s) => sayIn(FI, s)).join(" ");

test("a refused serialize says why as data, and each refused row's reason with the row's own error inside", async () => {
  w = world([stock()], { selection: "Stock!A2", culture: { name: FI } });
  const result = await w.app.serializeSelection();
  if (result.ok) throw new Error("expected a refusal");
  expect(result.kind).toBe("refused");
  expect(result.say).toEqual([{ id: "action-none-serializable", values: {} }]);
  expect(result.message).toBe(textOf(result.say![0]));

  const [row] = result.refused!;
  expect(row.address).toBe("Stock!A2");
  expect(row.say).toMatchObject({ id: "plan-row-errors", values: { count: 1 }, parts: { first: { id: "issue-quantity-below-one" } } });
  // English as before; in Finnish the row's error is put into Finnish too.
  expect(row.reason).toBe("the row has an error: C2: quantity -1 is below 1");
  const first = row.say!.parts!.first;
  expect(sayIn(FI, row.say!)).toBe(textIn(FI, "plan-row-errors", { ...row.say!.values, first: textIn(FI, first.id, first.values) }));
  expect(sayIn(FI, row.say!)).toContain(textIn(FI, first.id, first.values));
  expect(sayIn(FI, row.say!)).not.toContain("below");
});

test("a protected sheet's failure, a finished serialize and the read's progress steps carry their words as data", async () => {
  w = world([{ ...stock(), protected: true }], { selection: "Stock!A3", culture: { name: FI } });
  const refused = await w.app.serializeSelection();
  if (refused.ok) throw new Error("expected a failure");
  expect(refused).toMatchObject({ kind: "protected", say: [{ id: "app-protected", values: { sheet: "Stock" } }, { id: "nothing-changed" }] });
  expect(refused.message).toBe(refused.say!.map(textOf).join(" "));
  expect(finnish(refused.say!)).toBe(`${textIn(FI, "app-protected", { sheet: "Stock" })} ${textIn(FI, "nothing-changed")}`);
  w.host.uninstall();

  w = world([stock()], { selection: "Stock!A3", culture: { name: FI } });
  const steps: (Say | undefined)[] = [];
  const done = valueOf(await w.app.serializeSelection({ onProgress: (_done, _total, _label, say) => steps.push(say) }));
  expect(done.say).toEqual([{ id: "action-serialized", values: { rows: 1, units: 2, added: 1, refused: 0, skipped: 0 } }]);
  expect(done.message).toBe(textOf(done.say![0]));
  expect(steps.length).toBeGreaterThan(0);
  expect(steps).toEqual(steps.map(() => ({ id: "excel-progress-reading-rows", values: {} })));
});

test("busy, nothing to undo, and a fix for an issue gone meanwhile: the words inside the words are data too", async () => {
  w = world([stock()], { culture: { name: FI } });
  const undo = await w.app.undo();
  expect(undo).toMatchObject({ ok: false, say: [{ id: "app-nothing-to-undo" }] });
  const fix = await w.app.applyFixAll("quantity-as-text");
  if (fix.ok) throw new Error("expected a refusal");
  expect(fix.say).toEqual([{ id: "action-nothing-to-fix", values: { what: '"quantity-as-text"' }, parts: { what: { id: "app-fix-rule", values: { rule: "quantity-as-text" } } } }]);
  expect(fix.message).toBe(textOf(fix.say![0]));
  expect(finnish(fix.say!)).toBe(textIn(FI, "action-nothing-to-fix", { what: textIn(FI, "app-fix-rule", { rule: "quantity-as-text" }) }));
});

test("the settings the pane gets carry Excel's culture; what is saved does not", async () => {
  w = world([stock()], { culture: { name: FI } });
  expect(valueOf(await w.app.loadSettings()).settings.locale).toBe(FI);
  expect(valueOf(await w.app.saveSettings({ codePrefix: "SKI" })).settings).toMatchObject({ locale: FI, codePrefix: "SKI" });
  expect(w.host.settings()[SETTINGS_KEY]).toMatchObject({ codePrefix: "SKI", locale: "en-US" });
});
