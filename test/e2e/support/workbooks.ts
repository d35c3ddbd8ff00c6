/**
 * The inventories the scenarios run on, as plain 2-D arrays of cell values
 * (what Office.js `Range.values` returns), with the numbers the tests expect.
 */
export type Cell = string | number | boolean;
export type Grid = Cell[][];

export const inventoryHeaders = ["Category", "Name", "Quantity", "Stock codes", "Income", "Expense"];

/**
 * The big paste: `rows` data rows under the header. Every row is valid except:
 * - every 1,000th row has its quantity as the text "3" (`quantity-as-text`, fixable),
 * - every 5,000th row has quantity 2.5 (`quantity-not-whole`, an error: the row is invalid).
 * Rows alternate serialized (quantity 1) and aggregated (quantity 4); codes are unique.
 */
export function bigInventory(rows: number): Grid {
  const grid: Grid = [inventoryHeaders];
  for (let i = 1; i <= rows; i += 1) {
    const category = ["Skis", "Poles", "Helmets", "Boots"][i % 4];
    let quantity: Cell = i % 2 === 0 ? 1 : 4;
    if (i % 5000 === 0) quantity = 2.5;
    else if (i % 1000 === 0) quantity = "3";
    grid.push([category, `Item ${i}`, quantity, `C${String(i).padStart(6, "0")}`, 10, 2.5]);
  }
  return grid;
}

/**
 * Number formats for `bigInventory(rows)`: the quantity cells that hold the text "3" are
 * text-formatted (`@`), as in a sheet where someone formatted them as Text, so a paste keeps
 * them as text (into General cells Excel would turn "3" into the number 3).
 */
export function bigInventoryFormats(rows: number): (string | null)[][] {
  const formats: (string | null)[][] = [[]];
  for (let i = 1; i <= rows; i += 1) formats.push(i % 1000 === 0 && i % 5000 !== 0 ? [null, null, "@"] : []);
  return formats;
}

/** The counts the pane must show for `bigInventory(rows)` (rows a multiple of 5,000). */
export function bigInventoryCounts(rows: number) {
  const invalid = rows / 5000;
  const asText = rows / 1000 - invalid;
  // Multiples of 1,000 are even rows, which would otherwise be serialized (quantity 1);
  // the text "3" is still a quantity of 3 (a warning, not an error), so those rows are aggregated.
  const serialized = rows / 2 - rows / 1000;
  const aggregated = rows / 2 + asText;
  return {
    data: rows,
    valid: rows - invalid,
    invalid,
    serialized,
    aggregated,
    units: serialized + (rows / 2) * 4 + asText * 3,
    quantityAsText: asText,
  };
}

/** A small inventory with one aggregated row of 12 units and one code (row 3 on the sheet). */
export function poolInventory(): Grid {
  return [
    inventoryHeaders,
    ["Cars", "Hatchback", 1, "VIN-0001, AB-123-CD", 5400.5, 1210.25],
    ["Ski poles", "Pole pair 120 cm", 12, "POLE-01", 100, 25.01],
    ["Helmets", "Helmet M", 5, "HEL-1, HEL-2", 60.5, 10],
  ];
}
