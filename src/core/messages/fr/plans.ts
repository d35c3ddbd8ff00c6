import type { Translation } from "../translation";

/**
 * French words for en/plans.ts. A reason follows "C5 : " or "ligne 5 : " and starts in lower
 * case; a `problem` continues "…, mais {problem}".
 */
export const PLANS: Translation = {
  // Rows a plan cannot use (row-facts.ts)
  "plan-no-table": "aucun tableau d’inventaire n’a été trouvé (aucune ligne d’en-tête avec quantité et codes de stock)",
  "plan-header-row": "c’est la ligne d’en-tête",
  "plan-above-table": "cette ligne se trouve au-dessus du tableau",
  "plan-blank-row": "la ligne est vide",
  "plan-outside-table": "la ligne ne fait pas partie du tableau",
  "plan-header-problem": "le tableau a un problème d’en-tête : {problem}",
  "plan-row-has-errors": "la ligne contient des erreurs",
  "plan-row-errors":
    "la ligne contient {count, plural, one {une erreur : {first}} =2 {# erreurs : {first} ; {second}} other {# erreurs : {first} ; {second} ; …}}",
  "plan-column-number": "colonne {column}",
  "plan-column-header": "{header}",

  // Serialize
  "plan-already-serialized": "déjà à l’unité (quantité 1)",
  "plan-fix-codes-first": "corrigez d’abord la liste de codes : {issue}",
  "plan-codes-over-quantity":
    "la ligne {row} a {codes, plural, one {# code} other {# codes}} pour une quantité de {quantity} : la scission perdrait des codes ; corrigez d’abord la quantité ou les codes",
  "plan-codes-too-long":
    "ligne {row} : les codes formés à partir de « {code}{cut, select, yes {…} other {}} » dépasseraient {max, plural, one {# caractère} other {# caractères}} ; raccourcissez le premier code ou saisissez les codes manquants",
  "plan-prefix-codes-too-long":
    "ligne {row} : les codes formés du préfixe « {prefix} » et de {digits, plural, one {# chiffre} other {# chiffres}} dépasseraient {max, plural, one {# caractère} other {# caractères}} ; choisissez un préfixe plus court dans les paramètres ou saisissez les codes",
  "plan-split-refused": "ligne {row} : « {column} » est réparti entre les nouvelles lignes, mais {problem}",
  "plan-split-not-a-number": "la valeur n’est pas un nombre",
  "plan-split-too-large": "{value} est trop grand pour être réparti exactement",
  "plan-past-last-row":
    "la scission nécessite {newRows, plural, one {# nouvelle ligne} other {# nouvelles lignes}} et la feuille se terminerait à la ligne {lastRow, number}, au-delà de la limite d’Excel ({limit, number})",

  // Aggregate
  "plan-joined-codes-too-long":
    "les codes réunis compteraient {length, number} caractères, soit plus que les {max, number} que peut contenir une cellule Excel",
  "plan-sum-refused": "« {column} » est additionné lors du regroupement des lignes, mais {problem}",
  "plan-sum-not-a-number": "{cell} contient {value}, qui n’est pas un nombre",
  "plan-sum-too-large": "la somme est trop grande pour être calculée exactement",
  "plan-nothing-to-merge": "une ligne seule n’a rien avec quoi être regroupée ; choisissez au moins deux lignes correspondantes",
  "plan-unit-several-codes":
    "{count, plural, one {la ligne {rows} est une unité avec plusieurs codes} other {# lignes ({rows}) sont des unités avec chacune plusieurs codes}} : une ligne regroupée ne pourrait pas indiquer quels codes appartiennent à quelle unité, les lignes ne sont donc pas regroupées",
  "plan-row-differs":
    "la ligne {row} diffère de la ligne {other} dans {count, plural, one {la colonne} other {les colonnes}} {columns} : le regroupement {count, plural, one {perdrait cette valeur} other {perdrait ces valeurs}}",

  // Fixes and generated codes
  "plan-no-automatic-fix": "{cell} : « {rule} » n’a pas de correction automatique",
  "plan-cell-not-checked": "{cell} ne fait pas partie des valeurs vérifiées",
  "plan-cell-changed": "{cell} ne contient plus ce que la vérification a trouvé ; vérifiez à nouveau",
  "plan-grid-row": "ligne {row}",
  "plan-row-has-codes": "la ligne {row} a déjà des codes",

  // Formulas in the cells a plan changes (formula-cells.ts)
  "plan-formula-cell": "{cell} contient {formula}",
  "plan-formulas-refused":
    "{cells}{more, plural, =0 {} one { et # autre formule} other { et # autres formules}} : {action, select, serialize {la scission} other {le regroupement}} écrirait {count, plural, one {une valeur à la place de cette formule} other {des valeurs à la place de ces formules}} ; utilisez leurs valeurs ou modifiez d’abord les formules",
  "plan-formulas-outside":
    "{count, plural, one {Une formule située ailleurs ({cells}) fait référence} other {# formules situées ailleurs ({cells}{more, plural, =0 {} other {, …}}) font référence}} à ces lignes : insérer ou supprimer des lignes change ce {count, plural, one {qu’elle additionne} other {qu’elles additionnent}}.",
  "plan-formulas-as-values": "{count, plural, one {# formule est devenue une valeur} other {# formules sont devenues des valeurs}}",
};
