import { HEADERS, textFormats, valueOf, world, type World } from "./helpers";
import type { HostCultureSeed } from "../host";

let w: World;
afterEach(() => w?.host.uninstall());

/** An inventory whose Income cell E2 holds the text `12,50` (formatted as Text, as an import leaves it). */
function checkIncomeText(culture?: HostCultureSeed) {
  const values = [HEADERS, ["Skis", "Skis", 1, "C1", "12,50", 2, ""]];
  w = world([{ name: "S", values, formats: textFormats(values, [4]) }], { culture, maxExcelApi: "1.20" });
  return w.app.check();
}

test("in a fi-FI Excel, the text 12,50 is an amount stored as text (read as 12,5)", async () => {
  const issues = valueOf(await checkIncomeText({ name: "fi-FI" })).issues;
  expect(issues.map((i) => [i.rule, i.message])).toEqual([
    ["amount-as-text", "E2: income \"12,50\" is stored as text (read as 12,5 in fi-FI)"],
  ]);
});

test("in an en-US Excel, the same text is no number at all", async () => {
  const issues = valueOf(await checkIncomeText()).issues;
  expect(issues.map((i) => i.rule)).toEqual(["amount-not-a-number"]);
});

test("an en-US Excel whose user set decimal commas reads it as that Excel does", async () => {
  const issues = valueOf(await checkIncomeText({ name: "en-US", decimal: ",", group: "." })).issues;
  expect(issues.map((i) => [i.rule, i.message])).toEqual([
    ["amount-as-text", "E2: income \"12,50\" is stored as text (read as 12,5 in en-US)"],
  ]);
});
