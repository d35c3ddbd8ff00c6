import type { Translation } from "../translation";

/** FR words for en/entry-rules.ts. */
export const ENTRY_RULES: Translation = {
  "entry-quantity-prompt-title": "Quantité",
  "entry-quantity-prompt": "Tapez un nombre entier, 1 ou plus : le nombre d’unités que représente cette ligne.",
  "entry-quantity-error-title": "Quantité non valide",
  "entry-quantity-error": "La quantité doit être un nombre entier de 1 ou plus, par exemple 1 ou 12.",
  "entry-codes-prompt-title": "Codes de stock",
  "entry-codes-prompt": "Un code, ou plusieurs séparés par des virgules : A1, A2.",
  "entry-codes-error-title": "Codes refusés",
  "entry-codes-error": "Séparez les codes uniquement par des virgules (pas de ;) et ne laissez aucun code vide : A1, A2 plutôt que A1,,A2 ou A1;A2.",
  "entry-code-prompt": "Un code de stock, tel qu’il figure sur l’article.",
  "entry-code-error": "Le code de stock ne peut pas être vide.",
  "entry-protected": "Excel vérifie désormais ce qui est tapé dans {ranges} sur la feuille « {sheet} ».",
  "entry-pasting": "Excel ne vérifie pas les cellules collées : vérifiez la feuille après avoir collé.",
  "entry-needs-api": "Protéger la saisie nécessite la validation des données (ExcelApi 1.8), ce que cette version d’Excel n’a pas.",
  "entry-user-rules": "Ces cellules ont déjà une validation des données qui n’est pas celle du complément, et Protéger la saisie ne la remplace jamais : {cells}.",
  "entry-removed": "Protection de la saisie ôtée de {ranges} sur la feuille « {sheet} ».",
  "entry-removed-gone": "Les règles de saisie du complément n’étaient plus sur la feuille « {sheet} » ; rien d’autre n’a été touché.",
  "entry-none": "Ce classeur n’a aucune protection de la saisie du complément.",
  "entry-sheet-gone": "La feuille qui avait la protection de la saisie ne figure plus dans le classeur, et ses règles ont disparu avec elle.",
  "entry-earlier-protected": "Les règles de saisie précédentes du complément sont sur la feuille « {sheet} », qui est protégée, et la protection de la saisie les en ôterait. Ôtez la protection de la feuille « {sheet} » (Révision › Ôter la protection de la feuille) et réessayez.",
  "entry-earlier-moved": "Les règles de saisie précédentes ont été ôtées de {ranges} sur la feuille « {sheet} » : le complément protège une feuille à la fois.",
};
