import type { Translation } from "../translation";

/** FR words for en/labels.ts. */
export const LABELS: Translation = {
  "labels-no-units": "aucune unité (quantité 0) : aucune étiquette à imprimer",
  "labels-code128-character": "{cell} : « {code} » contient {character}, que Code 128 ne sait pas imprimer (il accepte les lettres A–Z, les chiffres, les espaces et la ponctuation ASCII) ; utilisez QR ou modifiez le code",
  "labels-too-long": "{cell} : « {code} » compte {length, number} caractères ; {symbology} en contient au plus {max, number}",
  "labels-ean13-digits": "{cell} : « {code} » n’est pas un numéro EAN-13 (12 ou 13 chiffres, rien d’autre) ; utilisez Code 128 ou QR",
  "labels-ean13-check": "{cell} : « {code} » a une clé de contrôle EAN-13 erronée (le dernier chiffre devrait être {expected})",
};
