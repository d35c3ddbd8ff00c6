/** Barcode labels (issue 17): the Labels tab, ribbon button, labels sheet and Excel steps. */
export const LABELS_PANE = {
  // The pane's Labels tab.
  "labels-pane-tab": "Labels",
  "labels-pane-intro": "Barcode labels for the codes of the selected rows, on a sheet that prints as a sheet of labels.",
  "labels-pane-layout": "Label sheet",
  "labels-pane-layout-l7160": "Avery L7160 (A4, 21 per sheet)",
  "labels-pane-layout-5160": "Avery 5160 (US Letter, 30 per sheet)",
  "labels-pane-layout-roll57x32": "Roll label 57 × 32 mm (Dymo, Zebra)",
  "labels-pane-symbology": "Barcode",
  "labels-pane-symbology-code128": "Code 128",
  "labels-pane-symbology-qr": "QR code",
  "labels-pane-symbology-ean13": "EAN-13 (codes that are EAN-13 numbers)",
  "labels-pane-lines": "Text on the label",
  "labels-pane-line-code": "Code",
  "labels-pane-line-name": "Name",
  "labels-pane-line-category": "Category",
  "labels-pane-copies": "Copies of each label",
  "labels-pane-make": "Make labels",
  "labels-pane-making": "Making labels…",
  "labels-pane-for-new-units": "Labels for the {count, plural, one {new unit} other {# new units}}",
  "labels-pane-generate-first": "Generate codes",
  "labels-pane-left-out-title": "Codes without a label",
  // The labels sheet.
  "labels-pane-sheet-name": "Labels",
  "labels-pane-sheet-temporary": "Labels new {number}",
  "labels-pane-progress": "Placing labels",
  "labels-pane-ribbon-done": "Labels ready",
  "labels-pane-ribbon-failed": "Labels not made",
  // What the action says.
  "labels-pane-done":
    "{count, plural, one {# label} other {# labels}} written to {sheet} on {pages, plural, one {# page} other {# pages}}. Print the sheet with File > Print.",
  "labels-pane-left-out": "{count, plural, one {# code got} other {# codes got}} no label: see the list.",
  "labels-pane-select-rows": "Select the inventory rows to make labels for, on {sheet}.",
  "labels-pane-no-codes": "None of the chosen rows has a code to print.",
  "labels-pane-no-new-units": "No new units to label yet: serialize rows or generate codes first.",
  "labels-pane-uncoded": "{units, plural, one {# unit has} other {# units have}} no code: generate codes first.",
  "labels-pane-not-drawn": "The barcode could not be drawn: {reason}",
  "labels-pane-needs-api":
    "Labels need pictures and page setup on a sheet (ExcelApi 1.9), which this version of Excel does not have. Use Excel on the web or Microsoft 365.",
  "labels-pane-names-taken":
    "The labels sheet was not written: every name from {first} to {last} is a sheet of yours. Rename one of them.",
  // Excel steps, named in "<step> failed".
  "excel-step-labels-finding": "Finding the labels sheet",
  "excel-step-labels-writing": "Writing the labels sheet",
  "labels-pane-uncoded-pool": "{units, plural, one {# unit has} other {# units have}} no code: serialize the row first (one row per unit, each with its code), then make its labels.",
  "labels-pane-too-many": "{count, number} labels make {pages, number} pages, and Excel keeps at most {max, number} page breaks in a sheet. Select fewer rows: at most {most, number} labels at a time.",
  "labels-pane-clear-filter": "A filter on \"{sheet}\" hides rows, and a selection across them would label the hidden rows too: clear the filter first (Data, Clear), then select the rows again.",
} as const;
