import Papa from "papaparse";
import { DEFAULT_LOCALE, numberSymbols, type CellValue } from "../core";
import { detectDelimiter, type Delimiter } from "./csv-delimiter";
import { excelNumberFormat } from "./excel-number-format";
import { excelChangeOf, type ExcelChange } from "./excel-changes";
import { toExcelValue } from "./excel-text-value";

/** A number format Excel gives a cell of an opened CSV (0-based row and column). */
export interface CellFormat {
  row: number;
  column: number;
  format: string;
}

/** How a CSV is split into fields: by which delimiter, and in which locale its numbers are read. */
export interface CsvSplitOptions {
  /** BCP 47 locale whose Excel opens the file (default en-US): its separators and list separator. */
  locale?: string;
  /** `--delimiter`: the field separator, instead of the one the first lines agree on (a `sep=` line still wins). */
  delimiter?: Delimiter;
  /** Receives the delimiter the file was split on. */
  onDelimiter?: (delimiter: string) => void;
  /** Called with each row's 1-based number as it is converted (progress for large files). */
  onRow?: (row: number) => void;
  /** Receives each row's fields as the file writes them (unquoted, not typed), for a copy in the file's own text. */
  onFields?: (fields: string[]) => void;
}

export interface CsvReadOptions extends CsvSplitOptions {
  /** The date whose year fills in dates written without one (`3-4`); defaults to today. */
  today?: Date;
  /** Receives the number format of every cell Excel would format (dates, times, %, $, 1,234). */
  onFormat?: (cell: CellFormat) => void;
  /** Receives every cell whose value Excel's reading changes (`099205` → 99205), with the file's text. */
  onChange?: (change: ExcelChange) => void;
}

/**
 * Parses CSV text into the grid Excel in `options.locale` (default en-US) would show after
 * opening the file: split on the delimiter named by a first line `sep=;`, else `options.delimiter`,
 * else the one the first lines agree on (detectDelimiter; `,` for an en-US file), UTF-8 BOM dropped,
 * CR, LF and CRLF line endings in any mix, quoted commas and line breaks kept inside
 * their cell, and every field typed as Excel types it (see toExcelValue). Rows are
 * padded with `""` to the widest row, like `Range.values` of the used range.
 *
 * @example parseCsvLikeExcel("Code,Qty\r\n00123,5") // [["Code","Qty"],[123,5]]
 */
export function parseCsvLikeExcel(text: string, options: CsvReadOptions = {}): CellValue[][] {
  const currentYear = (options.today ?? new Date()).getFullYear();
  const { onFormat, onChange } = options;
  const locale = options.locale ?? DEFAULT_LOCALE;
  return typeFields(text, options, (field, r, c) => {
    const value = toExcelValue(field, currentYear, locale);
    if (typeof value === "number") {
      if (onFormat) {
        const format = excelNumberFormat(field, currentYear, locale);
        if (format) onFormat({ row: r, column: c, format });
      }
      const kind = onChange && excelChangeOf(field, value, locale);
      if (kind) onChange({ row: r, column: c, text: field, kind });
    }
    return value;
  });
}

/**
 * Parses CSV text as it stands (`--excel-reading off`): the same splitting into cells as
 * parseCsvLikeExcel, but every field stays text except a plain decimal number that a cell holds
 * exactly (`12`, `-3.50`, `0.25`; at most 15 significant digits, no leading zeros, no sign but
 * `-`; in a locale whose decimal is `,` it is written `-3,50`). `00123`, `1E5`, `$5`, `1,234`,
 * `12%`, `TRUE` and dates stay text.
 *
 * @example parseCsvVerbatim("Code,Qty\r\n00123,5") // [["Code","Qty"],["00123",5]]
 */
export function parseCsvVerbatim(text: string, options: CsvSplitOptions = {}): CellValue[][] {
  const { decimal } = numberSymbols(options.locale ?? DEFAULT_LOCALE);
  const comma = decimal === ",";
  return typeFields(text, options, (field) => {
    if (!comma) return verbatimValue(field);
    const value = field.includes(".") ? field : verbatimValue(field.replace(",", "."));
    return typeof value === "number" ? value : field;
  });
}

const PLAIN_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

/** A plain decimal number with at most 15 significant digits becomes that number; anything else stays text. */
export function verbatimValue(field: string): CellValue {
  if (!PLAIN_NUMBER.test(field)) return field;
  const significant = field.replace(/\D/g, "").replace(/^0+/, "").replace(/0+$/, "");
  if (significant.length > 15) return field;
  const value = Number(field);
  return value === 0 ? 0 : value;
}

/** Splits the text into fields (see parseCsvLikeExcel) and types each with `type`; rows padded to the widest. */
function typeFields(text: string, options: CsvSplitOptions, type: (field: string, row: number, column: number) => CellValue): CellValue[][] {
  const { onRow } = options;
  let body = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const sep = /^sep=(.)\n/.exec(body);
  if (sep) body = body.slice(sep[0].length);
  body = body.replace(/\n+$/, "");
  const delimiter = sep?.[1] ?? options.delimiter ?? detectDelimiter(body, numberSymbols(options.locale ?? DEFAULT_LOCALE));
  options.onDelimiter?.(delimiter);
  if (body === "") return [];
  const parsed = Papa.parse<string[]>(body, { delimiter, newline: "\n", skipEmptyLines: false, dynamicTyping: false });
  const width = parsed.data.reduce((max, row) => Math.max(max, row.length), 0);
  return parsed.data.map((fields, r) => {
    onRow?.(r + 1);
    options.onFields?.(fields);
    const row: CellValue[] = fields.map((field, c) => type(field, r, c));
    while (row.length < width) row.push("");
    return row;
  });
}
