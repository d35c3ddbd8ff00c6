/** Barcode labels (issue 17): the engine's plan, layouts and the command line. */
export const LABELS = {
  // Rows and codes a label plan leaves out (labels.ts, label-symbology.ts)
  "labels-no-units": "no units (quantity 0): no labels to print",
  "labels-code128-character":
    "{cell}: \"{code}\" holds {character}, which Code 128 cannot print (it takes letters A–Z, digits, spaces and ASCII punctuation); use QR or change the code",
  "labels-too-long":
    "{cell}: \"{code}\" is {length, number} characters long; {symbology} holds at most {max, number}",
  "labels-ean13-digits":
    "{cell}: \"{code}\" is not an EAN-13 number (12 or 13 digits, nothing else); use Code 128 or QR",
  "labels-ean13-check": "{cell}: \"{code}\" has a wrong EAN-13 check digit (the last digit should be {expected})",
} as const;
