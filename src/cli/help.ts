import type { Command } from "./args";
import { FIX_RULES } from "./fix-rules";
import { CELLS_SHOWN } from "./format-changes";
import { LABELS_USAGE, labelsHelp } from "./help-labels";

const COMMON = `  --sheet NAME         the worksheet to read (default: the active sheet of an .xlsx)
  --map role=Header    use the column headed "Header" for a role; roles: quantity, codes,
                       category, name, income, expense, status, available, purchase
                       (repeat for several roles)
  --excel-reading off  read a .csv as it stands: plain numbers (12, -3.50) become numbers,
                       everything else stays text (default: on, read as Excel opens it)
  --locale TAG         read and print numbers as this locale writes them, e.g. fi-FI, de-DE,
                       nl-NL (default: from LC_ALL, LC_NUMERIC or LANG, else en-US)
  --delimiter D        split a .csv on D: ',' ';' '|' or tab (default: the one the first
                       lines agree on; a tie goes to ; where the decimal is a comma)
  --per-unit COLUMN    the column holds the amount of one unit (a list price): copied to
                       each unit, must agree to aggregate, shown as stock value (repeat;
                       default: detected from headers such as Unit price, List price, Rate)
  --each-row-one-unit  the sheet is a register: each row is one unit, no quantity column
                       (a sheet with codes but no quantity column is read so anyway)
  --codes-unique-within COLUMN
                       codes need only be unique within each value of COLUMN (a Part)
  --one-code-per-cell  read the codes cell as one code, commas and all (SZF 0-0,4X2,5)
  --ignore RULE        mute a rule, e.g. codes-number or codes-space (repeat); muted issues
                       are counted in a note; rows with a muted error stay left out
  --settings FILE.json
                       the settings the add-in stores in a workbook, as JSON (keys as in
                       the pane: {"currencyDecimals": 0, "codePrefix": "POLE"}); used instead
                       of the settings an .xlsx saved by the add-in carries (which are
                       used otherwise); the flags below override either, key by key
  --additive-columns COLUMN
                       a column split on serialize and summed on aggregate, like income (repeat)
  --currency-decimals N
                       decimals of the currency, 0 to 4 (default 2)
  --case-sensitive-codes
                       codes that differ only in case (a1, A1) are different codes
  --code-prefix TEXT   prefix of generated codes (default ITEM)
  --code-digits N      digits of generated codes' numbers, 1 to 10 (default 4)
  --summary-sheet NAME
                       the sheet summary --out writes (default "Inventory summary")
  --status-map WORD=CLASS
                       count units whose status is WORD as available, out or unavailable,
                       e.g. Hired=out (repeat); over the statusMap of --settings or the
                       workbook, and before the built-in words (Available, Rented, Repair …)
  --lang TAG           language of the engine's messages, notes and refusals, e.g. fi-FI, de
                       (default: from LC_ALL, LC_MESSAGES or LANG, else English); help, usage
                       errors and --json stay English
  --progress           show progress on stderr even when it is not a terminal
  -h, --help           show this help`;

const FILE = `FILE is an .xlsx workbook, a .csv file, a .tsv or .txt file (split on tabs, otherwise read
as a .csv is), or a .json file holding a 2-D array of cell values or an array of objects (one per
row, keys as the headers).
A .csv is read the way Excel opens it: numeric-looking text becomes a number, so leading zeros,
digits past the 15th, 1E5 and dates such as 3-4 change exactly as in Excel. check reports what
Excel would show and names every column it changes; summary, serialize and aggregate work on
the file's own text in those cells and write it as text, so no output loses it.
With --locale fi-FI a .csv is read as Excel in Finland opens it: 12,50 is 12.5 and 1.5 stays
text. The encoding is found as Excel finds it: UTF-8 (with or without BOM), UTF-16 with BOM,
else Windows-1252.`;

const FORMULAS = `  --formulas values    write values over formulas in the cells that change (default:
                       refuse, the rows are listed with each formula cell and what it holds)`;

const WRITTEN = `Written text files: .csv is UTF-8 with a byte-order mark (so Excel reads it right) and
CRLF line ends, split on the locale's list separator (, in en-US, ; where the decimal is a
comma; a changed copy of a .csv keeps its own); .tsv and .txt are split on tabs. Text written
anew that starts with = + - @ tab or CR gets a ' in front so no spreadsheet runs it (a .csv
input's own fields are copied as they are); numbers stay numbers. The issue list and the
summary table as .json are an array of objects keyed by the column headings.`;

const EXIT = `Exit code: 0 no errors, 1 errors found, 2 bad usage or unreadable file.`;

const TEXTS: Record<Command | "main", string> = {
  main: `inventory-rows: check, summarize, serialize, aggregate and fix inventory rows outside Excel.

Usage:
  inventory-rows check     FILE [--sheet NAME] [--map role=Header …] [--json] [--out ISSUES.csv]
  inventory-rows summary   FILE [--json] [--out OUT.xlsx [--force]]
  inventory-rows serialize FILE --rows 5,7-9 --out OUT.xlsx [--force]
  inventory-rows aggregate FILE --rows 12-20 --out OUT.xlsx [--force]
  inventory-rows fix       FILE [--rule RULE …] [--rows 5,7-9] --out OUT.xlsx [--force]
  inventory-rows generate-codes FILE [--rows 5,7-9] --out OUT.xlsx [--force]
  inventory-rows stocktake FILE --scans SCANS.txt [--json] [--out REPORT.xlsx [--force]]
${LABELS_USAGE}

${FILE}
Results are written to --out, never over the input: .xlsx, or .csv, .tsv, .txt or .json
(check: the issue list; summary: the summary table; serialize and aggregate: the changed rows
of a .csv, .tsv, .txt or .json input; an .xlsx input is written only as .xlsx).
${EXIT}
Run "inventory-rows COMMAND --help" for a command's options.`,
  check: `inventory-rows check FILE [options]

Checks every row and lists the problems with the cells they are in (C14).

${FILE}

Options:
  --json               print the engine's report with an "address" on every issue
  --out ISSUES.csv     also write the issue list (cell, severity, rule, message, value)
                       as .csv, .tsv, .txt, .json or .xlsx (a sheet "Issues")
  --force              replace ISSUES.csv if it exists
${COMMON}

${WRITTEN}

${EXIT}`,
  summary: `inventory-rows summary FILE [options]

Totals per category (records, serialized and aggregated records, units, income,
expense, net, margin, income per unit); rows with errors are left out and counted.

Options:
  --json               print the summary as JSON
  --out OUT.xlsx       write a copy of the workbook with an "Inventory summary" sheet
  --out OUT.csv        write the summary table alone (also .tsv, .txt or .json)
  --force              replace OUT if it exists
${COMMON}

${WRITTEN}

${EXIT} Rows with errors are left out of the totals and give exit code 1;
the summary is still printed (and written).`,
  serialize: `inventory-rows serialize FILE --rows ROWS --out OUT.xlsx [options]

Turns each chosen row with quantity N > 1 into N rows of quantity 1, one code each,
splitting income and expense to the cent. Missing codes continue the pool's own
numbering (POLE-01, POLE-02 with quantity 10 gives POLE-03 … POLE-10; POLE gives
POLE-02 …); a pool without codes gets ITEM-0001 … Codes already in use are skipped.

Options:
  --rows ROWS          row numbers as Excel shows them: 5,7-9
  --out OUT.xlsx       where the changed workbook goes (never the input)
  --out OUT.csv        for a .csv, .tsv, .txt or .json input: the changed rows as .csv,
                       .tsv, .txt or .json; cells the plan leaves alone keep the file's
                       own text, and a .json keeps the input's shape (rows or objects)
  --force              replace OUT if it exists
  --json               print the plan as JSON
${FORMULAS}
${COMMON}

${WRITTEN}

${EXIT} Rows that cannot be serialized are listed and give exit code 1.`,
  aggregate: `inventory-rows aggregate FILE --rows ROWS --out OUT.xlsx [options]

Merges chosen rows that agree on every other column into one row per group:
quantities and money summed, codes joined. A group with a unit row that carries
more than one code (a car's VIN and plate) is refused: a pool could not say which
codes belong to which unit.

Options:
  --rows ROWS          row numbers as Excel shows them: 12-20
  --out OUT.xlsx       where the changed workbook goes (never the input)
  --out OUT.csv        for a .csv, .tsv, .txt or .json input: the changed rows as .csv,
                       .tsv, .txt or .json; cells the plan leaves alone keep the file's
                       own text, and a .json keeps the input's shape (rows or objects)
  --force              replace OUT if it exists
  --json               print the plan as JSON
${FORMULAS}
  --status-merge keep-counts
                       merge rows that differ only in their status, keeping how many units
                       are available in the available column (default: refuse, the rows
                       are listed with the status words that differ)
${COMMON}

${WRITTEN}

${EXIT} Rows that cannot be merged are listed and give exit code 1.`,
  fix: `inventory-rows fix FILE [--rule RULE …] [--rows ROWS] --out OUT.xlsx [options]

Applies the task pane's "Fix all" to a copy: text to numbers (12,50 → 12.5), codes
split on their separator or spaces, invisible characters and repeats removed, empty
entries tidied, codes stored as numbers written as text. Prints every changed cell
(C14: "12,50" → 12.5; the first ${CELLS_SHOWN}, then a count). A code Excel has already
rounded (6.37702E+15) cannot be restored: it is listed as not fixable, with the reason.

Options:
  --rule RULE          fix only this rule (repeat); one of:
${wrapped(FIX_RULES.join(", "), 23)}
  --rows ROWS          fix only these rows, numbered as Excel shows them: 5,7-9
  --out OUT.xlsx       where the fixed workbook goes (never the input)
  --force              replace OUT.xlsx if it exists
  --json               print every changed cell ({address, before, after, rule}) as JSON
${FORMULAS}
${COMMON}

${EXIT} Cells left unfixed are listed and give exit code 1.`,
  "generate-codes": `inventory-rows generate-codes FILE [--rows ROWS] --out OUT.xlsx [options]

Gives every row without codes a made-up code, as the task pane's "Generate codes" does:
ITEM-0001 style, numbered after the highest number already used with the prefix.
Prints every code written (C14: "" → "ITEM-0042"; the first ${CELLS_SHOWN}, then a count).

Options:
  --rows ROWS          only the rows without codes among these: 5,7-9
  --out OUT.xlsx       where the changed workbook goes (never the input)
  --force              replace OUT.xlsx if it exists
  --json               print every code written ({address, before, after, rule}) as JSON
${FORMULAS}
${COMMON}

${EXIT} Rows that get no code are listed and give exit code 1.`,
  stocktake: `inventory-rows stocktake FILE --scans SCANS.txt [options]

Counts scanned codes against the sheet, as the task pane's Stocktake tab does: per
category the units expected, counted and missing; the records with units missing; codes
no row holds; units scanned more than once; and scans that counted nothing (a code on
several rows, on a row with errors, or scanned more often than the row's quantity).
Codes are compared as the duplicate check compares them. Only rows without errors count.

Options:
  --scans SCANS.txt    the scans: one code per line as a scanner app exports them (a
                       byte-order mark, CRLF and blank lines are fine), or a .csv whose
                       column headed code, barcode or scan (else the first) holds them
  --scan-prefix TEXT   characters the scanner sends before each code, taken off
  --scan-suffix TEXT   characters the scanner sends after each code, taken off
  --json               print records (row as Excel numbers it, expected, counted,
                       missing), missingUnits, unknown, scannedTwice and every scan
  --out REPORT.xlsx    also write the report: a "Stocktake" sheet in the --lang language
                       (or .csv, .tsv, .txt, .json: one row per record and finding)
  --force              replace REPORT if it exists
${COMMON}

${WRITTEN}

Exit code: 0 when the shelf matches the sheet, 1 when a unit is missing, a scan was not
counted or the sheet has errors, 2 bad usage or unreadable file.`,
  labels: labelsHelp(COMMON),
};

/** `words` as lines of at most 88 characters, each indented by `indent` spaces. */
function wrapped(words: string, indent: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of words.split(" ")) {
    if (line !== "" && indent + line.length + 1 + word.length > 88) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.map((l) => " ".repeat(indent) + l).join("\n");
}

/** The --help text for a command, or the overview. */
export function helpText(command?: Command): string {
  return TEXTS[command ?? "main"];
}
