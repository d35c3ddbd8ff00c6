import { CliError } from "./cli-error";

/** Excel's last row number. */
export const MAX_EXCEL_ROW = 1_048_576;

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
  if (n > MAX_EXCEL_ROW) throw new CliError(`--rows: ${digits} is past Excel's last row (${MAX_EXCEL_ROW})`);
  return n;
}
