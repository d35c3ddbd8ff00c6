/**
 * Settings problems as data (issue 15): warnings about stored values and a save the engine
 * refuses carry `say` beside their English, and the two say the same.
 */
import { textOf } from "../../src/core";
import { settingsFromStored } from "../../src/excel";
import { HEADERS, world, type World } from "./helpers";

let w: World;
afterEach(() => w?.host.uninstall());

test("each warning about a stored value has its words as data, in the same order", () => {
  const stored = settingsFromStored({ codeDigits: 99, currencyDecimals: "two", codePrefix: "OK" });
  expect(stored.settings.codePrefix).toBe("OK");
  expect(stored.warnings).toHaveLength(2);
  expect(stored.warningsSay.map((s) => s.id)).toEqual(["excel-setting-invalid", "excel-setting-invalid"]);
  expect(stored.warningsSay.map((s) => s.values.key)).toEqual(["codeDigits", "currencyDecimals"]);
  expect(stored.warningsSay.map(textOf)).toEqual(stored.warnings);
});

test("a save the engine refuses says why as data, with the English as before", async () => {
  w = world([{ name: "S", values: [HEADERS, ["Ski", "Skis", 1, "S1", 10, 2, ""]] }]);
  const result = await w.app.saveSettings({ codeDigits: 99 });
  if (result.ok) throw new Error("expected a refusal");
  expect(result.kind).toBe("refused");
  expect(result.message).toMatch(/^Settings not saved: codeDigits/);
  expect(result.say?.map((s) => s.id)).toEqual(["app-settings-not-saved"]);
  expect(result.say?.map(textOf).join(" ")).toBe(result.message);
});

test("a code prefix the engine refuses says why as data", async () => {
  w = world([{ name: "S", values: [HEADERS, ["Ski", "Skis", 1, "", 10, 2, ""]] }]);
  const result = await w.app.generateCodes("");
  if (result.ok) throw new Error("expected a refusal");
  expect(result.say?.map((s) => s.id)).toEqual(["action-prefix-invalid"]);
  expect(result.say?.map(textOf).join(" ")).toBe(result.message);
});
