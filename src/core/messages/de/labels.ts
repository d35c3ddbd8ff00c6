import type { Translation } from "../translation";

/** DE words for en/labels.ts. */
export const LABELS: Translation = {
  "labels-no-units": "Keine Stücke (Menge 0): keine Etiketten zu drucken",
  "labels-code128-character": "{cell}: \"{code}\" enthält {character}, das Code 128 nicht drucken kann (erlaubt sind die Buchstaben A–Z, Ziffern, Leerzeichen und ASCII-Satzzeichen); verwenden Sie QR oder ändern Sie den Code",
  "labels-too-long": "{cell}: \"{code}\" ist {length, number} Zeichen lang; {symbology} fasst höchstens {max, number}",
  "labels-ean13-digits": "{cell}: \"{code}\" ist keine EAN-13-Nummer (13 Ziffern, sonst nichts); verwenden Sie Code 128 oder QR",
  "labels-ean13-check": "{cell}: \"{code}\" hat eine falsche EAN-13-Prüfziffer (die letzte Ziffer müsste {expected} sein)",
  "labels-sheet-name": "Etiketten",
  "labels-cli-made": "{labels, plural, one {# Etikett} other {# Etiketten}} auf {pages, plural, one {# Seite} other {# Seiten}} ({layout}, {symbology}).",
  "labels-cli-refused": "Codes ohne Etikett ({count, number}):",
  "labels-cli-uncoded": "Stücke ohne Code ({count, number}); teilen Sie die Zeile auf oder erzeugen Sie Codes für eine Zeile ohne Codes und drucken Sie dann ihre Etiketten:",
  "labels-cli-uncoded-row": "{units, plural, one {# Stück hat keinen Code} other {# Stück haben keinen Code}}",
  "labels-cli-none": "Keine Etiketten: Wählen Sie Zeilen der Bestandsliste, deren Codes gedruckt werden können (--rows mit den Zeilennummern von Excel); {file} wurde nicht geschrieben.",
  "labels-ean13-twelve": "{cell}: \"{code}\" hat 12 Ziffern: Der Barcode würde die Prüfziffer anhängen und als {full} gelesen, was nicht der Code in der Zelle ist; schreiben Sie {full} in die Zelle",
  "labels-qr-too-long": "{cell}: \"{code}\" belegt {bytes, number} Bytes; ein QR-Code fasst höchstens {max, number} (Buchstaben mit Akzent belegen 2 Bytes, andere Schriften und Symbole 3)",
  "labels-too-dense": "{cell}: \"{code}\" ist für dieses Etikett zu lang: Seine schmalsten Striche würden {width, number} mm breit gedruckt, Scanner brauchen mindestens {min, number} mm; verwenden Sie QR oder ein breiteres Etikett",
  "labels-not-drawn": "{cell}: \"{code}\" konnte nicht als {symbology} gezeichnet werden: {reason}",
  "labels-cli-too-many": "Keine Arbeitsmappe: {count, number} Etiketten ergeben {pages, number} Seiten, und Excel behält in einem Arbeitsblatt höchstens {max, number} Seitenumbrüche. Erstellen Sie höchstens {most, number} Etiketten auf einmal: Wählen Sie weniger Zeilen mit --rows-Bereichen (zum Beispiel --rows 2-500, dann --rows 501-1000), oder schreiben Sie ein PDF; {file} wurde nicht geschrieben.",
};
