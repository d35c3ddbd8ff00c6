/**
 * Issue 15 on the command line: what the engine refuses (serialize, aggregate) and its bad-settings
 * error are printed in --lang's words, from the reasons the engine gives as data; English as before
 * without --lang.
 */
import { writeFileSync } from "node:fs";
import { main } from "../../src/cli/main";
import { checkInventory, InventoryArgumentError, planAggregate, planSerialize, sayIn, type SettingsInput } from "../../src/core";
import { captureIO, tempDir } from "./support/workbooks";

const CSV = ["Name,Qty,Codes,Category", "Ski,2,\"S1, S2, S3\",Skis", "Ski,1,S4,Skis", "Ski,1,S5,Boots", ""].join("\n");
const GRID = [["Name", "Qty", "Codes", "Category"], ["Ski", 2, "S1, S2, S3", "Skis"], ["Ski", 1, "S4", "Skis"], ["Ski", 1, "S5", "Boots"]];

/** The error the engine throws for `settings`. */
function resolveSettingsError(settings: Partial<SettingsInput>): InventoryArgumentError {
  try {
    checkInventory(GRID, settings);
  } catch (error) {
    return error as InventoryArgumentError;
  }
  throw new Error("the settings were accepted");
}

describe("--lang: refusals and settings errors in the operator's language", () => {
  const tmp = tempDir();
  beforeAll(() => {
    writeFileSync(tmp.file("stock.csv"), CSV);
    writeFileSync(tmp.file("notes.csv"), "Notes,Owner\nfence,Kim\n");
  });
  afterAll(() => tmp.cleanup());

  async function run(argv: string[]) {
    const io = captureIO(tmp.dir);
    const code = await main(argv, { ...io.io, env: {} });
    return { code, out: io.stdout(), err: io.stderr() };
  }

  test("serialize prints the refused row's reason in Finnish", async () => {
    const refusal = planSerialize(GRID, [1]).refused[0];
    const finnish = sayIn("fi-FI", refusal.say!);
    expect(finnish).toContain("rivillä 2 on 3 koodia");
    const { code, out } = await run(["serialize", "stock.csv", "--rows", "2", "--out", "s.csv", "--lang", "fi-FI"]);
    expect(code).toBe(1);
    expect(out).toContain(`  rivi 2: ${finnish}`);
    expect((await run(["serialize", "stock.csv", "--rows", "2", "--out", "s.csv"])).out).toContain(`  row 2: ${refusal.reason}`);
  });

  test("aggregate prints which columns differ in German", async () => {
    const refusal = planAggregate(GRID, [2, 3]).refused[0];
    const german = sayIn("de-DE", refusal.say!);
    expect(german).toBe("Zeile 3 unterscheidet sich von Zeile 4 in der Spalte Category: Beim Zusammenführen ginge dieser Wert verloren");
    const { out } = await run(["aggregate", "stock.csv", "--rows", "3-4", "--out", "a.csv", "--lang", "de-DE"]);
    expect(out).toContain(`  Zeile 3: ${german}`);
  });

  test("fix and generate-codes without a table say the check's reason in the language", async () => {
    const [noHeader] = checkInventory([["Notes", "Owner"], ["fence", "Kim"]]).issues;
    const finnish = sayIn("fi-FI", noHeader.say!);
    expect(finnish).not.toBe(noHeader.message);
    for (const command of ["fix", "generate-codes"]) {
      const { code, out } = await run([command, "notes.csv", "--out", "n.csv", "--lang", "fi-FI"]);
      expect(code).toBe(1);
      expect(out.split("\n")[1]).toBe(finnish);
    }
  });

  test("the engine's bad-settings error is said in the language; English without --lang", async () => {
    const error = resolveSettingsError({ mapping: { quantity: "Qty", codes: "qty" } });
    expect(error).toBeInstanceOf(InventoryArgumentError);
    const finnish = sayIn("fi-FI", error.say!);
    expect(finnish).toMatch(/^virheelliset asetukset: mapping\.codes: nimeää saman sarakkeen kuin quantity/);
    const said = await run(["check", "stock.csv", "--map", "quantity=Qty", "--map", "codes=qty", "--lang", "fi-FI"]);
    expect(said.code).toBe(2);
    expect(said.err).toBe(`inventory-rows: ${finnish}\n`);
    const english = await run(["check", "stock.csv", "--map", "quantity=Qty", "--map", "codes=qty"]);
    expect(english.err).toBe(`inventory-rows: ${error.message}\n`);
  });
});
