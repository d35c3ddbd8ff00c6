import { EXCEL_MAX_ROWS } from "../core";
import { CliError } from "./cli-error";

/**
 * Parses `5,7-9` into the Excel row numbers it names, ascending, each once.
 *
 * @example parseRowList("5,7-9") // [5, 7, 8, 9]
 */
export function parseRowList(text: string): number[] {
  const rows = new Set<number>();
  for (const rawPart of text.split(",")) {
    const part = rawPart.trim();
    const m = /^(\d+)(?:\s*[-:]\s*(\d+))?$/.exec(part);
    if (!m) throw new CliError(`--rows: "${part}" is not a row number or a range such as 7-9`);
    const first = toRowNumber(m[1]);
    const last = m[2] === undefined ? first : toRowNumber(m[2]);
    if (last < first) throw new CliError(`--rows: the range ${part} runs backwards; write ${last}-${first}`);
    for (let row = first; row <= last; row++) rows.add(row);
  }
  return [...rows].sort((a, b) => a - b);
}

function toRowNumber(digits: string): number {
  const n = Number(digits);
  if (n < 1) throw new CliError(`--rows: ${digits} is not a row number (rows start at 1)`);
  if (n > EXCEL_MAX_ROWS) throw new CliError(`--rows: ${digits} is past Excel's last row (${EXCEL_MAX_ROWS})`);
  return n;
}
