/**
 * Issue 15: a bad setting names the key and what is allowed in the reader's language. The
 * English words stay in `errors` and the error's `message`; the same problems come as data
 * (`says`, `InventoryArgumentError.say`), with no English word left in Finnish but the keys.
 */
import { checkInventory, InventoryArgumentError, parseSettings, sayIn, textOf, type SettingsInput } from "../../src/core";

function thrown(settings: unknown): InventoryArgumentError {
  try {
    checkInventory([["Qty", "Code"]], settings as Partial<SettingsInput>);
  } catch (error) {
    return error as InventoryArgumentError;
  }
  throw new Error("the settings were accepted");
}

describe("settings problems as data", () => {
  test.each([
    [{ currencyDecimals: 9 }, "currencyDecimals: saa olla enintään 4"],
    [{ currencyDecimals: 1.5 }, "currencyDecimals: on oltava kokonaisluku"],
    [{ caseSensitiveCodes: "yes" }, "caseSensitiveCodes: on oltava totuusarvo"],
    [{ codePrefix: "A B" }, "codePrefix: ei saa sisältää välilyöntejä, pilkkuja, puolipisteitä eikä merkkiä |"],
    [{ codePrefix: 7 }, "codePrefix: on oltava tekstiä"],
    [{ mapping: 5 }, "mapping: on oltava objekti"],
    [{ origin: "ZZZ9999999" }, "origin: on oltava taulukon solu (A1–XFD1048576)"],
    [{ colour: "red", size: 2 }, "colour: tuntematon asetus; size: tuntematon asetus"],
    [5, "asetukset: on oltava nimettyjä asetuksia sisältävä objekti"],
  ])("%j: one problem each, English in errors, Finnish from says", (input, finnish) => {
    const r = parseSettings(input);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.says).toHaveLength(r.errors.length);
    expect(r.says.map(textOf)).toEqual(r.errors);
    expect(r.says.map((s) => sayIn("fi-FI", s))).toEqual([finnish]);
  });

  test("an object mapping that is not one reads 'an object' in English", () => {
    expect(parseSettings({ mapping: 5 })).toMatchObject({ errors: ["mapping: must be an object"] });
  });

  test("engine calls throw the English message and carry every problem as one message", () => {
    const error = thrown({ currencyDecimals: 9, colour: "red" });
    expect(error).toBeInstanceOf(InventoryArgumentError);
    expect(error.message).toBe("bad settings: currencyDecimals: must be at most 4; colour: unknown setting");
    expect(textOf(error.say!)).toBe(error.message);
    expect(sayIn("fi-FI", error.say!)).toBe("virheelliset asetukset: currencyDecimals: saa olla enintään 4; colour: tuntematon asetus");
    expect(sayIn("fr-FR", error.say!)).toBe(
      "paramètres non valides\u00a0: currencyDecimals\u00a0: doit valoir au plus 4\u00a0; colour\u00a0: paramètre inconnu",
    );
  });

  test("settings that are not an object at all", () => {
    const error = thrown("nope");
    expect(error.message).toBe("settings must be an object of named settings");
    expect(sayIn("de-DE", error.say!)).toBe("Die Einstellungen müssen ein Objekt aus benannten Einstellungen sein");
  });
});
