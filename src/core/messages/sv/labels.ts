import type { Translation } from "../translation";

/** SV words for en/labels.ts. */
export const LABELS: Translation = {
  "labels-no-units": "inga enheter (antal 0): inga etiketter att skriva ut",
  "labels-code128-character": "{cell}: \"{code}\" innehåller {character}, som Code 128 inte kan skriva ut (den tar bokstäverna A–Z, siffror, blanksteg och ASCII-skiljetecken); använd QR eller ändra koden",
  "labels-too-long": "{cell}: \"{code}\" är {length, number} tecken lång; {symbology} rymmer högst {max, number}",
  "labels-ean13-digits": "{cell}: \"{code}\" är inget EAN-13-nummer (13 siffror, inget annat); använd Code 128 eller QR",
  "labels-ean13-check": "{cell}: \"{code}\" har fel EAN-13-kontrollsiffra (den sista siffran ska vara {expected})",
  "labels-sheet-name": "Etiketter",
  "labels-cli-made": "{labels, plural, one {# etikett} other {# etiketter}} på {pages, plural, one {# sida} other {# sidor}} ({layout}, {symbology}).",
  "labels-cli-refused": "Koder som inte fick någon etikett ({count, number}):",
  "labels-cli-uncoded": "Enheter utan kod ({count, number}); dela upp raden, eller skapa koder för en rad utan koder, och skriv sedan ut deras etiketter:",
  "labels-cli-uncoded-row": "{units, plural, one {# enhet saknar kod} other {# enheter saknar kod}}",
  "labels-cli-none": "Inga etiketter: välj rader i lagerlistan vars koder kan skrivas ut (--rows med Excels radnummer); {file} skrevs inte.",
  "labels-ean13-twelve": "{cell}: \"{code}\" har 12 siffror: streckkoden skulle lägga till kontrollsiffran och läsas som {full}, som inte är koden i cellen; skriv {full} i cellen",
  "labels-qr-too-long": "{cell}: \"{code}\" tar {bytes, number} byte; en QR-kod rymmer högst {max, number} (bokstäver med accent tar 2 byte, andra skriftsystem och symboler 3)",
  "labels-too-dense": "{cell}: \"{code}\" är för lång för den här etiketten: dess smalaste streck skulle skrivas ut {width, number} mm breda, och läsare behöver minst {min, number} mm; använd QR eller en bredare etikett",
  "labels-not-drawn": "{cell}: \"{code}\" kunde inte ritas som {symbology}: {reason}",
  "labels-cli-too-many": "Ingen arbetsbok: {count, number} etiketter blir {pages, number} sidor, och Excel behåller högst {max, number} sidbrytningar i ett kalkylblad. Gör högst {most, number} etiketter åt gången: välj färre rader med --rows-intervall (till exempel --rows 2-500 och sedan --rows 501-1000) eller skriv en PDF; {file} skrevs inte.",
};
