import type { Translation } from "../translation";

/** French words for en/actions.ts. */
export const ACTIONS: Translation = {
  "action-no-inventory":
    "Aucun inventaire trouvé sur « {sheet} » : aucune ligne d’en-tête ne nomme à la fois une colonne des quantités et une colonne des codes de stock.",

  // Fixes and generated codes. `what` is app-fix-one ("le problème de la cellule C5") or app-fix-rule.
  "action-nothing-to-fix": "Rien à corriger : {what} n’existe plus. Vérifiez à nouveau.",
  "action-could-not-fix": "Impossible de corriger {what}.",
  "action-fixed":
    "{issues, plural, one {# problème corrigé} other {# problèmes corrigés}} ({cells, plural, one {# cellule modifiée} other {# cellules modifiées}}){left, plural, =0 {} one { ; # ligne laissée telle quelle} other { ; # lignes laissées telles quelles}}.",
  "action-prefix-invalid": "Le préfixe « {prefix} » ne peut pas être utilisé : {problems}.",
  "action-no-rows-without-codes": "Aucune ligne sans codes : rien à générer.",
  "action-generated": "{count, plural, one {# code généré} other {# codes générés}} (à partir de {first}).",
  "action-undo-label-fix": "la correction",
  "action-undo-label-generate-codes": "la génération des codes",

  // Serialize.
  "action-select-rows-to-serialize": "Sélectionnez les lignes à scinder (lignes dont la quantité est supérieure à 1).",
  "action-none-serializable": "Aucune des lignes sélectionnées ne peut être scindée.",
  "action-serialized":
    "{rows, plural, one {# ligne scindée} other {# lignes scindées}} en {units, plural, one {# ligne} other {# lignes}} ({added, plural, one {# nouvelle ligne} other {# nouvelles lignes}}){refused, plural, =0 {} one { ; # ligne refusée} other { ; # lignes refusées}}{skipped, plural, =0 {} other {{refused, plural, =0 { ; } other {, }}{skipped, plural, one {# ligne déjà à l’unité} other {# lignes déjà à l’unité}}}}.",

  // Aggregate.
  "action-cannot-merge": "Les lignes sélectionnées ne peuvent pas être regroupées.",
  "action-select-rows-to-merge":
    "Sélectionnez au moins deux lignes identiques dans toutes les colonnes sauf la quantité, les codes et les montants.",
  "action-merged":
    "{rows, plural, one {# ligne regroupée} other {# lignes regroupées}} en {into, plural, one {# ligne} other {# lignes}}{refused, plural, =0 {} one { ; # ligne non regroupée} other { ; # lignes non regroupées}}.",

  // Summary.
  "action-summary-written":
    "Feuille « {sheet} » {replaced, select, yes {mise à jour} other {créée}} : {categories, plural, one {# catégorie} other {# catégories}}, {counted, plural, one {# ligne comptée} other {# lignes comptées}}, {excluded, plural, one {# ligne exclue} other {# lignes exclues}}.",
  "action-clear-filter":
    "Un filtre sur « {sheet} » masque des lignes, et Excel ne peut pas insérer ni supprimer de lignes sous un filtre sans déplacer les lignes masquées : effacez d’abord le filtre (Données › Effacer), puis réessayez.",
  "action-summary-replaced-no-undo":
    "Excel ne peut pas annuler le remplacement d’une synthèse (Ctrl+Z compris) ; relancez la synthèse pour l’actualiser.",
  // results in the pane's language
  "action-formulas-as-values": "{count, plural, one {# formule est devenue une valeur.} other {# formules sont devenues des valeurs.}}",
};
