import { z } from "zod";
import type { CellValue } from "../core";
import { CliError } from "./cli-error";

/** How a `.json` file lays out its cells: rows of cells, or one object per row keyed by header. */
export type JsonShape = "rows" | "objects";

const cellSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const gridSchema = z.array(z.array(cellSchema, "each row must be an array of cell values"), "the file must hold a 2-D array of cell values ([[...], [...]])");
const CELL_KINDS = "a string, number, boolean or null";

/**
 * Parses a `.json` file into a grid. Two shapes are read (docs/design.md §20):
 * - a 2-D array of cell values as Office.js returns them (strings, numbers, booleans; `null` is
 *   an empty cell);
 * - an array of objects, one per row: the keys are the headers (row 1), in the order they are
 *   first seen across all objects, and a key an object lacks is an empty cell.
 * Throws CliError naming the bad row and column (or key). `onShape` receives the shape read.
 *
 * @example parseJsonGrid('[["Qty","Codes"],[2,"A, B"]]', "in.json")
 * @example parseJsonGrid('[{"Qty":2,"Codes":"A, B"}]', "in.json") // [["Qty","Codes"],[2,"A, B"]]
 */
export function parseJsonGrid(text: string, label: string, onShape?: (shape: JsonShape) => void): CellValue[][] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new CliError(`${label} is not valid JSON: ${(error as Error).message}`);
  }
  if (Array.isArray(data) && data.length > 0 && isPlainObject(data[0])) {
    onShape?.("objects");
    return objectsToGrid(data, label);
  }
  onShape?.("rows");
  return rowsToGrid(data, label);
}

function rowsToGrid(data: unknown, label: string): CellValue[][] {
  const result = gridSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const [row, column] = issue.path;
    const where =
      typeof row === "number" && typeof column === "number"
        ? ` at row ${row + 1}, column ${column + 1}`
        : typeof row === "number"
          ? ` at row ${row + 1}`
          : "";
    const what = typeof column === "number" ? `a cell must be ${CELL_KINDS}` : issue.message;
    throw new CliError(`${label}${where}: ${what}`);
  }
  return result.data.map((row) => row.map((cell) => (cell === null ? "" : cell)));
}

/**
 * An array of objects as a grid: the header row (keys in first-seen order), then one row per
 * object. Object `i` (0-based) is sheet row `i + 2`; errors name both.
 */
function objectsToGrid(data: readonly unknown[], label: string): CellValue[][] {
  const column = new Map<string, number>();
  data.forEach((item, i) => {
    if (!isPlainObject(item)) {
      throw new CliError(`${label} at object ${i + 1} (row ${i + 2}): every entry must be an object like the first ({"Qty": 2, …})`);
    }
    for (const [key, value] of Object.entries(item)) {
      if (!cellSchema.safeParse(value).success) {
        throw new CliError(`${label} at object ${i + 1} (row ${i + 2}), key ${JSON.stringify(key)}: a value must be ${CELL_KINDS}`);
      }
      if (!column.has(key)) column.set(key, column.size);
    }
  });
  const headers = [...column.keys()];
  if (headers.length === 0) throw new CliError(`${label}: the objects have no keys, so there are no headers`);
  const rows = (data as Record<string, CellValue | null>[]).map((item) => {
    const row: CellValue[] = headers.map(() => "");
    for (const [key, value] of Object.entries(item)) row[column.get(key) as number] = value ?? "";
    return row;
  });
  return [headers, ...rows];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
