import type { Translation } from "../translation";

/** FR words for en/availability-plans.ts. */
export const AVAILABILITY_PLANS: Translation = {
  "plan-available-unreadable":
    "ligne {row} : {cell} doit indiquer combien d’unités de la ligne sont disponibles, un nombre entier de 0 à {quantity}, et non {value}",
  "plan-status-differs":
    "la ligne {row} ne diffère de la ligne {other} que dans « {column} » ({word}, {otherWord}) : les lignes ne sont regroupées que si leur statut est le même, sauf si vous choisissez de les regrouper en conservant le nombre d’unités disponibles dans « {available} »",
  "plan-status-differs-no-available":
    "la ligne {row} ne diffère de la ligne {other} que dans « {column} » ({word}, {otherWord}) : des lignes de statuts différents ne peuvent être regroupées que si la feuille a une colonne de quantité disponible pour conserver le nombre d’unités disponibles",
  "plan-status-mixed":
    "les unités non disponibles ont {count} statuts différents dans « {column} » ({words}) : une ligne regroupée ne peut avoir qu’un seul statut, les lignes ne sont donc pas regroupées",
  "plan-status-word":
    "{word}",
};
