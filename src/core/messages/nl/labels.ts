import type { Translation } from "../translation";

/** NL words for en/labels.ts. */
export const LABELS: Translation = {
  "labels-no-units": "geen stuks (aantal 0): geen etiketten om af te drukken",
  "labels-code128-character": "{cell}: \"{code}\" bevat {character}, dat Code 128 niet kan afdrukken (alleen de letters A–Z, cijfers, spaties en ASCII-leestekens); gebruik QR of wijzig de code",
  "labels-too-long": "{cell}: \"{code}\" is {length, number} tekens lang; {symbology} bevat er hoogstens {max, number}",
  "labels-ean13-digits": "{cell}: \"{code}\" is geen EAN-13-nummer (13 cijfers, verder niets); gebruik Code 128 of QR",
  "labels-ean13-check": "{cell}: \"{code}\" heeft een verkeerd EAN-13-controlecijfer (het laatste cijfer moet {expected} zijn)",
  "labels-sheet-name": "Etiketten",
  "labels-cli-made": "{labels, plural, one {# etiket} other {# etiketten}} op {pages, plural, one {# pagina} other {# pagina's}} ({layout}, {symbology}).",
  "labels-cli-refused": "Codes zonder etiket ({count, number}):",
  "labels-cli-uncoded": "Stuks zonder code ({count, number}); splits de rij uit, of maak codes voor een rij zonder codes, en druk daarna hun etiketten af:",
  "labels-cli-uncoded-row": "{units, plural, one {# stuk heeft geen code} other {# stuks hebben geen code}}",
  "labels-cli-none": "Geen etiketten: kies rijen van de voorraadlijst waarvan de codes kunnen worden afgedrukt (--rows met de rijnummers van Excel); {file} is niet geschreven.",
  "labels-ean13-twelve": "{cell}: \"{code}\" heeft 12 cijfers: de barcode zou het controlecijfer toevoegen en scannen als {full}, wat niet de code in de cel is; schrijf {full} in de cel",
  "labels-qr-too-long": "{cell}: \"{code}\" neemt {bytes, number} bytes in; een QR-code bevat er hoogstens {max, number} (letters met accent nemen 2 bytes, andere schriften en symbolen 3)",
  "labels-too-dense": "{cell}: \"{code}\" is te lang voor dit etiket: de smalste streepjes zouden {width, number} mm breed worden afgedrukt, en scanners hebben minstens {min, number} mm nodig; gebruik QR of een breder etiket",
  "labels-not-drawn": "{cell}: \"{code}\" kon niet als {symbology} worden getekend: {reason}",
  "labels-cli-too-many": "Geen werkmap: {count, number} etiketten vullen {pages, number} pagina's, en Excel bewaart hoogstens {max, number} pagina-einden in een werkblad. Maak hoogstens {most, number} etiketten tegelijk: kies minder rijen met --rows-bereiken (bijvoorbeeld --rows 2-500, daarna --rows 501-1000), of schrijf een pdf; {file} is niet geschreven.",
};
