import { checkInventory, InventoryArgumentError, parseSettings, settingsSchema } from "../../src/core";

describe("parseSettings", () => {
  test("fills every default", () => {
    const r = parseSettings({});
    expect(r).toEqual({ success: true, data: settingsSchema.parse({}) });
    if (r.success) expect(r.data).toMatchObject({ origin: "A1", currencyDecimals: 2, caseSensitiveCodes: false, maxCodeLength: 64 });
  });

  test("keeps good values", () => {
    const r = parseSettings({ currencyDecimals: 3, mapping: { quantity: "Stück" }, additiveColumns: ["Km"] });
    expect(r.success && r.data.currencyDecimals === 3 && r.data.mapping.quantity === "Stück").toBe(true);
  });

  test("rejects unknown keys and bad values in plain words, all of them", () => {
    const r = parseSettings({ colour: "red", currencyDecimals: 2.5, caseSensitiveCodes: "yes", mapping: { qty: "x" }, origin: "1A" });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.errors).toEqual(expect.arrayContaining([
        "colour: unknown setting",
        "currencyDecimals: must be a whole number",
        "caseSensitiveCodes: must be a boolean",
        "mapping.qty: unknown setting",
        "origin: must be a cell address such as A1",
      ]));
      expect(r.errors).toHaveLength(5);
    }
    expect(parseSettings(5)).toMatchObject({ success: false, errors: ["settings: must be an object of named settings"] });
  });

  test("a header mapped to two roles and an origin past the sheet's edge are refused", () => {
    expect(parseSettings({ mapping: { quantity: "Count", codes: " count " } })).toMatchObject({
      success: false,
      errors: ['mapping.codes: names the same column as quantity ("count"); a column can have one role'],
    });
    expect(parseSettings({ origin: "ZZZ9999999" })).toMatchObject({ success: false, errors: ["origin: must be a cell on the sheet (A1 to XFD1048576)"] });
    expect(parseSettings({ origin: "XFD1048576" }).success).toBe(true);
  });

  test("engine calls refuse bad settings with a named error and apply nothing", () => {
    expect(() => checkInventory([["Qty", "Code"]], { currencyDecimals: 9 })).toThrow(InventoryArgumentError);
    expect(() => checkInventory([["Qty", "Code"]], { bogus: 1 } as never)).toThrow(/bogus: unknown setting/);
  });

  test("a settings object edited between calls is read afresh", () => {
    const settings: { currencyDecimals: number } = { currencyDecimals: 2 };
    const grid = [["Qty", "Code", "Income"], [1, "A", 10.005]];
    expect(checkInventory(grid, settings).issues.map((i) => i.rule)).toEqual(["amount-precision"]);
    settings.currencyDecimals = 3;
    expect(checkInventory(grid, settings).issues).toEqual([]);
    (settings as { currencyDecimals: unknown }).currencyDecimals = "3";
    expect(() => checkInventory(grid, settings)).toThrow(/currencyDecimals: must be a number/);
  });

  test("a grid that is not an array of rows is a programmer error", () => {
    expect(() => checkInventory("A1" as never)).toThrow(InventoryArgumentError);
    expect(() => checkInventory([["Qty", "Code"], "row" as never])).toThrow(InventoryArgumentError);
  });
});
