/**
 * Export issues through the app (issue 18 point 3): it checks the inventory as Check does and
 * lists every issue on the Issues sheet in the check's order, in the pane's language; a
 * protected inventory is fine; the result's words are data.
 */
import { RULE_TITLES, sayIn, textIn } from "../../src/core";
import { HEADERS, inventoryRows, valueOf, world, type World } from "./helpers";

let w: World;
afterEach(() => w?.host.uninstall());

function stock(name = "Stock") {
  const values = inventoryRows(4);
  values[2][2] = "two"; // C3: not a number
  values[3][3] = "C1"; // D4: the code of row 2 again
  values[4][2] = 2.5; // C5: not whole
  return { name, values };
}

test("the sheet lists the check's issues in its order: cell, severity, rule, message without its address, current value", async () => {
  w = world([stock()]);
  const before = w.host.sheetValues("Stock");
  const checked = valueOf(await w.app.check());
  const done = valueOf(await w.app.exportIssues());
  expect(done).toMatchObject({ sheetName: "Issues", issues: checked.issues.length, undoable: false });
  expect(checked.issues.length).toBeGreaterThanOrEqual(3);
  const lines = w.host.sheetValues("Issues").slice(1);
  expect(lines.map((line) => line[0])).toEqual(checked.issues.map((i) => i.address.replace(/^.*!/, "")));
  expect(lines.map((line) => line[2])).toEqual(checked.issues.map((i) => `${RULE_TITLES[i.rule]} (${i.rule})`));
  // Each Cell links to the issue's cell on the inventory sheet.
  const links = w.host.hyperlinks("Issues");
  expect(lines.map((_line, r) => links[`A${r + 2}`]?.documentReference)).toEqual(checked.issues.map((i) => `'Stock'!${i.address.replace(/^.*!/, "")}`));
  const notNumber = lines.find((line) => line[0] === "C3")!;
  expect(notNumber[1]).toBe("Error");
  expect(notNumber[3]).toBe(checked.issues.find((i) => i.address === "Stock!C3")!.message.replace("C3: ", ""));
  expect(notNumber[4]).toBe("two");
  expect(lines.find((line) => line[0] === "C5")![4]).toBe("2.5");
  expect(done.message).toBe(`${checked.issues.length} issues on Stock listed on Issues. Click an address in the Cell column to go to the cell.`);
  expect(done.say?.map((s) => s.id)).toEqual(["issues-export-done", "issues-export-links"]);
  // The inventory is as it was.
  expect(w.host.sheetValues("Stock")).toEqual(before);
});

test("in the pane's language: a Finnish sheet name, severities and messages", async () => {
  w = world([stock()]);
  const checked = valueOf(await w.app.check());
  const done = valueOf(await w.app.exportIssues({ displayLocale: "fi-FI" }));
  const name = textIn("fi-FI", "issues-export-sheet-name");
  expect(done.sheetName).toBe(name);
  const line = w.host.sheetValues(name).find((row) => row[0] === "C3")!;
  expect(line[1]).toBe(textIn("fi-FI", "issues-export-severity-error"));
  const issue = checked.issues.find((i) => i.address === "Stock!C3")!;
  expect(line[3]).toBe(sayIn("fi-FI", issue.say!).replace("C3: ", ""));
  expect(line[3]).not.toBe(issue.message.replace("C3: ", ""));
  expect(done.say?.map((s) => sayIn("fi-FI", s)).join(" ")).toContain(name);
});

test("a protected inventory is fine: the list is the add-in's own sheet", async () => {
  w = world([{ ...stock(), protected: true }]);
  const done = valueOf(await w.app.exportIssues());
  expect(done.sheetName).toBe("Issues");
  expect(w.host.sheetNames()).toEqual(["Stock", "Issues"]);
});

test("a clean inventory: the sheet says there are none, and so does the result", async () => {
  w = world([{ name: "Stock", values: inventoryRows(3) }]);
  const done = valueOf(await w.app.exportIssues());
  expect(done.issues).toBe(0);
  expect(w.host.sheetValues("Issues")[1][0]).toBe("No issues on Stock.");
  expect(done.message).toBe("No issues on Stock; Issues says so.");
});

test("a rerun after a fix, from the list itself, replaces the list; a user's sheet called Issues is never touched", async () => {
  w = world([stock(), { name: "Issues", values: [["my notes"]] }]);
  const first = valueOf(await w.app.exportIssues());
  expect(first.sheetName).toBe("Issues (2)");
  w.host.userEdit("Stock", "C3", [[2]]);
  // Run again from the list it made (the list is the active sheet): the action means the inventory.
  expect(w.host.activeSheet()).toBe("Issues (2)");
  const second = valueOf(await w.app.exportIssues());
  expect(second).toMatchObject({ sheetName: "Issues (2)", issues: first.issues - 1 });
  expect(w.host.sheetValues("Issues (2)").map((row) => row[0])).not.toContain("C3");
  expect(w.host.sheetValues("Issues")).toEqual([["my notes"]]);
  expect(w.host.sheetNames()).toEqual(["Stock", "Issues", "Issues (2)"]);
});

test("the sheet's headings are the catalogue's", async () => {
  w = world([{ name: "Stock", values: [HEADERS, ["Pole", "Poles", "x", "P1", 1, 1, ""]] }]);
  valueOf(await w.app.exportIssues({ displayLocale: "de-DE" }));
  expect(w.host.sheetValues("Probleme")[0]).toEqual(["Zelle", "Schweregrad", "Regel", "Meldung", "Aktueller Wert"]);
});

test("a failure while writing is an answer, never a rejection, and leaves no sheet", async () => {
  w = world([stock()]);
  w.host.failSync(({ operations }) => operations.includes("Range.values="));
  const result = await w.app.exportIssues();
  expect(result.ok).toBe(false);
  expect(!result.ok && result.message).toMatch(/^Writing the issues sheet failed/);
  expect(w.host.sheetNames()).toEqual(["Stock"]);
});

test("the active sheet's source is found first: a failing first sync is an answer too", async () => {
  w = world([stock()]);
  w.host.failSync(1);
  const result = await w.app.exportIssues();
  expect(result.ok).toBe(false);
  expect(w.host.sheetNames()).toEqual(["Stock"]);
});
