/**
 * Stocktake's words from the engine and the command line (issue 20, design.md §26): the printed
 * report, the report table's headings and findings, and the report sheet's name and title block.
 */
export const STOCKTAKE = {
  // Excel's limit for a sheet name is 31 characters.
  "stocktake-sheet-name": "Stocktake",
  "stocktake-headline":
    "{where}: {scans, plural, one {# scan} other {# scans}}; {counted, number} of {expected, plural, one {# unit} other {# units}} counted, {missing, plural, one {# missing} other {# missing}}",
  "stocktake-label-source-sheet": "Source sheet",
  "stocktake-label-scans": "Scans",
  "stocktake-label-created": "Created",
  "stocktake-heading-category": "Category",
  "stocktake-heading-expected": "Expected",
  "stocktake-heading-counted": "Counted",
  "stocktake-heading-missing": "Missing",
  "stocktake-heading-finding": "Finding",
  "stocktake-heading-row": "Row",
  "stocktake-heading-name": "Name",
  "stocktake-heading-code": "Code",
  "stocktake-finding-missing": "missing",
  "stocktake-finding-unknown": "unknown code",
  "stocktake-finding-scanned-again": "scanned again",
  "stocktake-finding-more-than-quantity": "more than the quantity",
  "stocktake-finding-on-several-rows": "code on several rows",
  "stocktake-finding-on-invalid-row": "row has errors",
  "stocktake-list-missing": "Missing ({count, plural, one {# record} other {# records}}):",
  "stocktake-list-unknown": "Unknown codes ({count, number}):",
  "stocktake-list-scanned-twice": "Scanned more than once ({count, number}):",
  "stocktake-list-not-counted": "Scans not counted ({count, number}):",
  "stocktake-nothing-missing": "Nothing is missing.",
  "stocktake-empty-scans": "{count, plural, one {# scan was} other {# scans were}} empty once the line end and the scanner's prefix and suffix were taken off.",
  "stocktake-and-more": "… and {count, number} more",
} as const;
