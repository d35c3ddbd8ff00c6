/** Barcode labels (issue 17): the engine's plan, layouts and the command line. */
export const LABELS = {
  // Rows and codes a label plan leaves out (labels.ts, label-symbology.ts)
  "labels-no-units": "no units (quantity 0): no labels to print",
  "labels-code128-character":
    "{cell}: \"{code}\" holds {character}, which Code 128 cannot print (it takes letters A–Z, digits, spaces and ASCII punctuation); use QR or change the code",
  "labels-too-long":
    "{cell}: \"{code}\" is {length, number} characters long; {symbology} holds at most {max, number}",
  "labels-ean13-digits": "{cell}: \"{code}\" is not an EAN-13 number (13 digits, nothing else); use Code 128 or QR",
  "labels-ean13-check": "{cell}: \"{code}\" has a wrong EAN-13 check digit (the last digit should be {expected})",

  // The command line (run-labels.ts) and the sheet it writes
  "labels-sheet-name": "Labels",
  "labels-cli-made": "{labels, plural, one {# label} other {# labels}} on {pages, plural, one {# page} other {# pages}} ({layout}, {symbology}).",
  "labels-cli-refused": "Codes left without a label ({count, number}):",
  "labels-cli-uncoded": "Units without a code ({count, number}); serialize the row, or generate codes for a row without any, then print their labels:",
  "labels-cli-uncoded-row": "{units, plural, one {# unit has no code} other {# units have no code}}",
  "labels-cli-none": "No labels: choose rows of the inventory table whose codes can be printed (--rows as Excel numbers them); {file} was not written.",
  "labels-ean13-twelve": "{cell}: \"{code}\" has 12 digits: the barcode would add the check digit and scan as {full}, which is not the code in the cell; write {full} in the cell",
  "labels-qr-too-long": "{cell}: \"{code}\" takes {bytes, number} bytes; a QR code holds at most {max, number} (accented letters take 2 bytes, other scripts and symbols 3)",
  "labels-too-dense": "{cell}: \"{code}\" is too long for this label: its narrowest bars would print {width, number} mm wide, and scanners need at least {min, number} mm; use QR or a wider label",
  "labels-not-drawn": "{cell}: \"{code}\" could not be drawn as {symbology}: {reason}",
  "labels-cli-too-many": "No workbook: {count, number} labels make {pages, number} pages, and Excel keeps at most {max, number} page breaks in a sheet. Make at most {most, number} labels at a time: choose fewer rows with --rows ranges (for example --rows 2-500, then --rows 501-1000), or write a PDF; {file} was not written.",
} as const;
