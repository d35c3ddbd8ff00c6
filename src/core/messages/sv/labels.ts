import type { Translation } from "../translation";

/** SV words for en/labels.ts. */
export const LABELS: Translation = {
  "labels-no-units": "inga enheter (antal 0): inga etiketter att skriva ut",
  "labels-code128-character": "{cell}: \"{code}\" innehåller {character}, som Code 128 inte kan skriva ut (den tar bokstäverna A–Z, siffror, blanksteg och ASCII-skiljetecken); använd QR eller ändra koden",
  "labels-too-long": "{cell}: \"{code}\" är {length, number} tecken lång; {symbology} rymmer högst {max, number}",
  "labels-ean13-digits": "{cell}: \"{code}\" är inget EAN-13-nummer (12 eller 13 siffror, inget annat); använd Code 128 eller QR",
  "labels-ean13-check": "{cell}: \"{code}\" har fel EAN-13-kontrollsiffra (den sista siffran ska vara {expected})",
};
