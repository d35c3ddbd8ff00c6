/**
 * Issue 16's columns and rules (design.md §28): the status, available and purchase headers in the
 * catalogue languages, `status-unknown`, the available count's rules, and the money rules on the
 * purchase value, with their messages in English and another language.
 */
import { checkInventory, detectTable, planFix, sayIn, type CellValue, type SettingsInput } from "../../src/core";

const HEADER: CellValue[] = ["Qty", "Codes", "Status", "Available", "Purchase value"];

function issuesOf(rows: CellValue[][], settings?: Partial<SettingsInput>) {
  return checkInventory([HEADER, ...rows], settings).issues.map((i) => ({ rule: i.rule, severity: i.severity, message: i.message, say: i.say }));
}

describe("headers", () => {
  test.each([
    [["Määrä", "Koodi", "Tila", "Vapaana", "Hankintahinta"], "fi"],
    [["Antal", "Streckkod", "Status", "Tillgängligt", "Inköpspris"], "sv"],
    [["Menge", "Seriennummer", "Zustand", "Verfügbar", "Anschaffungskosten"], "de"],
    [["Aantal", "Serienummer", "Beschikbaarheid", "Beschikbaar", "Aankoopprijs"], "nl"],
    [["Quantité", "Code article", "Statut", "Disponible", "Prix d'achat"], "fr"],
    [["Cantidad", "Código", "Disponibilidad", "Cantidad disponible", "Precio de compra"], "es"],
    [["Quantità", "Codice", "Stato", "Disponibile", "Prezzo d'acquisto"], "it"],
    [["Quantity", "Codes", "Availability", "Available", "Purchase cost"], "en"],
  ])("%j: status, available and purchase columns (%s)", (header) => {
    expect(detectTable([header, header.map(() => "x")])?.columns).toEqual({ quantity: 0, codes: 1, status: 2, available: 3, purchase: 4 });
  });

  test("generic headers are not status columns: State (a US address's NY), Estado, Situación, Situação, Staat", () => {
    for (const header of ["State", "Estado", "Situación", "Situação", "Staat"]) {
      expect([header, detectTable([["Qty", "Codes", header], [1, "A", "NY"]])?.columns]).toEqual([header, { quantity: 0, codes: 1 }]);
    }
    expect(checkInventory([["Qty", "Codes", "State"], [1, "A", "NY"], [2, "B", "CA"]]).issues).toEqual([]);
  });

  test("Purchase cost and its translations are the purchase value, no longer an expense", () => {
    for (const header of ["Purchase cost", "Hankintakulut", "Inköpskostnad", "Anschaffungskosten", "Inkoopkosten", "Coût d'achat"]) {
      expect([header, detectTable([["Qty", "Codes", header], [1, "A", 5]])?.columns]).toEqual([header, { quantity: 0, codes: 1, purchase: 2 }]);
    }
  });

  test("On hand is the available count beside a quantity, and the quantity of an export without one (as before)", () => {
    expect(detectTable([["Qty", "SKU", "On hand"], [5, "A", 3]])?.columns).toEqual({ quantity: 0, codes: 1, available: 2 });
    expect(detectTable([["SKU", "On hand"], ["A", 3]])?.columns).toEqual({ quantity: 1, codes: 0 });
  });
});

describe("status-unknown", () => {
  test("a warning naming the cell, the word, the three classes and how to class it; the row stays valid", () => {
    const found = issuesOf([[1, "A", "Flooded", "", ""]]);
    expect(found.map((i) => [i.rule, i.severity])).toEqual([["status-unknown", "warning"]]);
    expect(found[0].message).toBe(
      'C2: status "Flooded" is in none of the classes available, out and unavailable, so its units count as unavailable; ' +
      "give the word a class in Settings (status words) or with --status-map on the command line",
    );
    expect(sayIn("de-DE", found[0].say!)).toBe(
      'C2: Der Status "Flooded" gehört zu keiner der Klassen verfügbar (available), ausgegeben (out) und nicht verfügbar (unavailable), ' +
      "daher zählen seine Stück als nicht verfügbar; ordnen Sie das Wort in den Einstellungen (Statuswörter) oder mit --status-map in der Befehlszeile einer Klasse zu",
    );
    expect(checkInventory([HEADER, [1, "A", "Flooded"]]).rows.valid).toBe(1);
  });

  test("the word is shown as other rules show values: cut at 40 characters, invisible and control characters as ?", () => {
    const long = "Flooded in the basement during the storm of 2024";
    const found = issuesOf([[1, "A", long], [1, "B", "Flood\u200bed\u0007"]]);
    expect(found.map((i) => i.message.split(" is in none")[0])).toEqual([
      `C2: status "${long.slice(0, 40)}…"`,
      'C3: status "Flood?ed?"',
    ]);
    expect(sayIn("fr-FR", found[1].say!)).toMatch(/^C3\u00a0: le statut "Flood\?ed\?" n’appartient/);
  });

  test("a word the status map classes, a built-in word, TRUE and FALSE are not reported", () => {
    expect(issuesOf([[1, "A", "Flooded"], [1, "B", "Rented"], [1, "C", true], [1, "D", false]], { statusMap: { flooded: "unavailable" } })).toEqual([]);
  });
});

describe("the available count", () => {
  const rules = (available: CellValue, quantity: CellValue = 5, settings?: Partial<SettingsInput>) =>
    issuesOf([[quantity, "A", "", available]], settings).map((i) => [i.rule, i.severity, i.message]);

  test("whole numbers from 0 to the quantity, and empty, are fine", () => {
    for (const ok of [0, 3, 5, "", null, 3.0000000000000004]) expect(rules(ok)).toEqual([]);
  });

  test("each problem is named like the quantity rules", () => {
    expect(rules("lots")).toEqual([["available-not-a-number", "error", 'D2: available "lots" is not a number']]);
    expect(rules("3")).toEqual([["available-as-text", "warning", 'D2: available "3" is stored as text']]);
    expect(rules(2.5)).toEqual([["available-not-whole", "error", "D2: available 2.5 is not a whole number"]]);
    expect(rules(-1)).toEqual([["available-below-zero", "error", "D2: available -1 is below 0"]]);
    expect(rules(6)).toEqual([["available-more-than-quantity", "error", "D2: available 6 is more than the quantity 5"]]);
    expect(rules("#N/A")).toEqual([["cell-error", "error", "D2: the available cell holds the Excel error #N/A"]]);
  });

  test("text is read with the locale's number reading, and offers the convert-to-number fix", () => {
    const found = checkInventory([HEADER, [5, "A", "", "2,0"]], { locale: "fi-FI" }).issues;
    expect(found.map((i) => [i.rule, i.fix?.kind])).toEqual([["available-as-text", "convert-to-number"]]);
    expect(sayIn("fi-FI", found[0].say!)).toBe('D2: vapaana-arvo "2,0" on tallennettu tekstinä (luettu luvuksi 2 alueasetuksella fi-FI)');
  });

  test("the convert-to-number fix writes the number", () => {
    const grid = [HEADER, [5, "A", "", " 3 "]];
    const plan = planFix(grid, checkInventory(grid).issues);
    expect(plan.change.writes).toEqual([expect.objectContaining({ row: 1, column: 3, value: 3 })]);
  });

  test("more than the quantity is not judged when the quantity is itself wrong", () => {
    expect(rules(6, "x").map((r) => r[0])).toEqual(["quantity-not-a-number"]);
  });

  test("TRUE / FALSE and yes / no read as all units or none, never an error", () => {
    for (const tick of [true, false, "Yes", "no", "Kyllä", "Nein"]) expect(rules(tick)).toEqual([]);
  });

  test("in French", () => {
    const [issue] = checkInventory([HEADER, [5, "A", "", 7]]).issues;
    expect(sayIn("fr-FR", issue.say!)).toBe("D2\u00a0: la valeur disponible 7 dépasse la quantité 5");
  });
});

describe("the purchase value is money", () => {
  test("the amount rules apply to it, in its own words", () => {
    const found = issuesOf([[1, "A", "", "", "abc"], [1, "B", "", "", -5], [1, "C", "", "", 1.234], [1, "D", "", "", "12.50"]]);
    expect(found.map((i) => [i.rule, i.message])).toEqual([
      ["amount-not-a-number", 'E2: purchase value "abc" is not a number'],
      ["amount-negative", "E3: purchase value -5 is negative"],
      ["amount-precision", "E4: purchase value 1.234 has more than 2 decimals"],
      ["amount-as-text", 'E5: purchase value "12.50" is stored as text'],
    ]);
    expect(sayIn("nl-NL", found[1].say!)).toBe("E3: aankoopwaarde -5 is negatief");
  });
});

describe("the new columns in the header messages", () => {
  test("two status columns: the warning names the status column, in English and Finnish", () => {
    const [issue] = checkInventory([["Qty", "Codes", "Status", "Availability"], [1, "A", "Rented", "Out"]]).issues;
    expect(issue.message).toBe('D1: "Availability" (D1) and "Status" (C1) both look like the status column; C1 is used (choose another in the column mapping)');
    expect(sayIn("fi-FI", issue.say!)).toContain("tilasaraketta");
  });
});
