import type { Translation } from "../translation";

/** FR words for en/issues-export.ts. */
export const ISSUES_EXPORT: Translation = {
  "issues-export-sheet-name": "Problèmes",
  "issues-export-sheet-temporary": "Problèmes nouv. {number}",
  "issues-export-heading-cell": "Cellule",
  "issues-export-heading-severity": "Gravité",
  "issues-export-heading-rule": "Règle",
  "issues-export-heading-message": "Message",
  "issues-export-heading-value": "Valeur actuelle",
  "issues-export-rule": "{title} ({rule})",
  "issues-export-severity-error": "Erreur",
  "issues-export-severity-warning": "Avertissement",
  "issues-export-none": "Aucun problème dans {sheet}.",
  "issues-export-progress": "Liste des problèmes en cours",
  "issues-export-done": "{count, plural, one {# problème de {source} listé} other {# problèmes de {source} listés}} dans {sheet}.",
  "issues-export-done-none": "Aucun problème dans {source} ; {sheet} l’indique.",
  "issues-export-links": "Cliquez sur une adresse de la colonne Cellule pour aller à la cellule.",
  "issues-export-no-links": "Cette version d’Excel ne peut pas créer de liens vers des cellules (ExcelApi 1.7) : la colonne Cellule contient donc de simples adresses.",
  "issues-export-names-taken": "La liste des problèmes n’a pas été écrite : tous les noms de {first} à {last} sont des feuilles à vous. Renommez l’une d’elles.",
  "excel-step-issues-finding": "La recherche de la feuille des problèmes",
  "excel-step-issues-writing": "L’écriture de la feuille des problèmes",
};
