import type { Translation } from "../translation";

/** FR words for en/labels.ts. */
export const LABELS: Translation = {
  "labels-no-units": "aucune unité (quantité 0) : aucune étiquette à imprimer",
  "labels-code128-character": "{cell} : « {code} » contient {character}, que Code 128 ne sait pas imprimer (il accepte les lettres A–Z, les chiffres, les espaces et la ponctuation ASCII) ; utilisez QR ou modifiez le code",
  "labels-too-long": "{cell} : « {code} » compte {length, number} caractères ; {symbology} en contient au plus {max, number}",
  "labels-ean13-digits": "{cell} : « {code} » n’est pas un numéro EAN-13 (13 chiffres, rien d’autre) ; utilisez Code 128 ou QR",
  "labels-ean13-check": "{cell} : « {code} » a une clé de contrôle EAN-13 erronée (le dernier chiffre devrait être {expected})",
  "labels-sheet-name": "Étiquettes",
  "labels-cli-made": "{labels, plural, one {# étiquette} other {# étiquettes}} sur {pages, plural, one {# page} other {# pages}} ({layout}, {symbology}).",
  "labels-cli-refused": "Codes restés sans étiquette ({count, number}) :",
  "labels-cli-uncoded": "Unités sans code ({count, number}) ; scindez la ligne, ou générez des codes pour une ligne qui n’en a pas, puis imprimez leurs étiquettes :",
  "labels-cli-uncoded-row": "{units, plural, one {# unité n’a pas de code} other {# unités n’ont pas de code}}",
  "labels-cli-none": "Aucune étiquette : choisissez des lignes du tableau d’inventaire dont les codes peuvent être imprimés (--rows avec les numéros de ligne d’Excel) ; {file} n’a pas été écrit.",
  "labels-ean13-twelve": "{cell} : « {code} » compte 12 chiffres : le code-barres ajouterait la clé de contrôle et se lirait {full}, qui n’est pas le code de la cellule ; écrivez {full} dans la cellule",
  "labels-qr-too-long": "{cell} : « {code} » occupe {bytes, number} octets ; un code QR en contient au plus {max, number} (les lettres accentuées occupent 2 octets, les autres écritures et les symboles 3)",
  "labels-too-dense": "{cell} : « {code} » est trop long pour cette étiquette : ses barres les plus fines s’imprimeraient sur {width, number} mm, et les lecteurs demandent au moins {min, number} mm ; utilisez QR ou une étiquette plus large",
  "labels-not-drawn": "{cell} : « {code} » n’a pas pu être dessiné en {symbology} : {reason}",
  "labels-cli-too-many": "Aucun classeur : {count, number} étiquettes font {pages, number} pages, et Excel garde au plus {max, number} sauts de page dans une feuille. Faites au plus {most, number} étiquettes à la fois : choisissez moins de lignes avec des plages --rows (par exemple --rows 2-500, puis --rows 501-1000), ou écrivez un PDF ; {file} n’a pas été écrit.",
};
