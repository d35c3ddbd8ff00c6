import type { Translation } from "../translation";

/** French words for en/real-shapes.ts. Setting values (auto, on, off) and rule ids stay as typed. */
export const REAL_SHAPES: Translation = {
  "issue-quantity-zero": "{cell} : quantité 0 : aucune unité (vendu ou retiré ?)",
  "rule-title-quantity-zero": "Quantité 0 : aucune unité",
  "settings-not-each-row-one-unit": "{where} : doit valoir auto, on ou off",
  "settings-not-a-rule":
    "{where} : doit être un identifiant de règle comme codes-number ou codes-space (les identifiants sont listés dans le README, section « Muting rules »)",
  "note-each-row-one-unit":
    "{why, select, on {Chaque ligne compte pour une unité (selon le paramètre, cette feuille est un registre d’unités).} other {Aucune colonne des quantités : chaque ligne compte pour une unité.}}",
  "note-muted-rules":
    "{warnings, plural, =0 {} one {# avertissement} other {# avertissements}}{warnings, plural, =0 {} other {{errors, plural, =0 {} other { et }}}}" +
    "{errors, plural, =0 {} one {# erreur} other {# erreurs}} de règles désactivées " +
    // "non affiché" agrees with what it follows: masculine when a warning is in the list.
    "{warnings, plural, =0 {{errors, plural, one {non affichée} other {non affichées}}} one {{errors, plural, =0 {non affiché} other {non affichés}}} other {non affichés}} : {rules}" +
    "{errors, plural, =0 {} other { ; les lignes contenant une erreur désactivée restent exclues de la synthèse, de la scission et du regroupement}}.",
  "note-scope-column-missing":
    "Les codes doivent être uniques dans « {column} », mais aucune colonne ne porte cet en-tête : les doublons ont été recherchés dans toute la feuille.",
  "summary-stock-value-header": "Valeur du stock ({column})",
  "plan-no-units": "aucune unité (quantité 0) : rien à scinder",
  "plan-no-units-to-merge": "aucune unité (quantité 0) : une ligne sans unité n’est regroupée avec aucune autre",
  "plan-no-quantity-column":
    "la feuille n’a pas de colonne des quantités (chaque ligne est une unité) : il n’y a pas de cellule de quantité où écrire",
  "plan-one-code-per-cell":
    "les codes sont lus un par cellule (paramètre) : les lignes ne peuvent pas être regroupées dans une cellule de plusieurs codes",
};
