/** `inventory-rows labels --help` (docs/design.md §29); help.ts passes the options every command shares. */
import { LABEL_LAYOUTS, MAX_COPIES } from "../core";

/** The usage line the overview lists. */
export const LABELS_USAGE = "  inventory-rows labels    FILE --rows 5,7-9 [--layout l7160] --out LABELS.pdf [--force]";

export function labelsHelp(common: string): string {
  const layouts = Object.values(LABEL_LAYOUTS).map((l) => `                       ${l.id.padEnd(10)} ${l.title}`).join("\n");
  return `inventory-rows labels FILE --rows ROWS --out LABELS.pdf [options]

Prints a barcode label for every code of the chosen rows (a row with two codes gives two
labels), with the code, the name and the category under or beside the barcode. Codes are
printed exactly as written (leading zeros kept), so a scanner typing into Excel's Find
finds the row. A code the barcode cannot carry is listed with its cell and the reason, and
the other labels are still made; a pool with fewer codes than units lists the units
without a code (serialize the row first to give each unit its own).

Options:
  --rows ROWS          row numbers as Excel shows them: 5,7-9
  --out LABELS.pdf     a print-ready PDF, pages the size of the layout (print at 100 %)
  --out LABELS.xlsx    a workbook with a "Labels" sheet laid out as the add-in writes it:
                       barcode pictures in the label cells, File > Print gives the labels;
                       at most 1,000 pages (Excel's page-break limit): split with --rows
  --force              replace the output if it exists
  --layout ID          the label sheet or roll (default l7160):
${layouts}
  --symbology S        code128 (default: letters, digits and ASCII punctuation), qr (any
                       text) or ean13 (13 digits with the right check digit)
  --copies N           labels per code, 1 to ${MAX_COPIES} (default 1)
  --lines LIST         text lines printed, in this order: code,name,category (default);
                       an empty name or category prints no line
  --json               print every label, refused code, skipped row and uncoded unit
${common}

Exit code: 0 when every code of the chosen rows got a label, 1 when a code was refused, a
row was skipped or units have no code (the other labels are still written), 2 bad usage
or unreadable file.`;
}
