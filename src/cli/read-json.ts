import { z } from "zod";
import type { CellValue } from "../core";
import { CliError } from "./cli-error";

const cellSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const gridSchema = z.array(z.array(cellSchema, "each row must be an array of cell values"), "the file must hold a 2-D array of cell values ([[...], [...]])");

/**
 * Parses a `.json` file holding a 2-D array of cell values as Office.js returns them
 * (strings, numbers, booleans; `null` is an empty cell). Throws CliError naming the bad cell.
 *
 * @example parseJsonGrid('[["Qty","Codes"],[2,"A, B"]]', "in.json")
 */
export function parseJsonGrid(text: string, label: string): CellValue[][] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new CliError(`${label} is not valid JSON: ${(error as Error).message}`);
  }
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
    const what = typeof column === "number" ? "a cell must be a string, number, boolean or null" : issue.message;
    throw new CliError(`${label}${where}: ${what}`);
  }
  return result.data.map((row) => row.map((cell) => (cell === null ? "" : cell)));
}
