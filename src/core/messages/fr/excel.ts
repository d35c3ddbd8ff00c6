import type { Translation } from "../translation";

/** French words for en/excel.ts. */
export const EXCEL: Translation = {
  // Office error codes in plain words (src/excel/errors.ts); the code follows in brackets.
  "excel-error-with-code": "{words} ({code})",
  "excel-error-unexpected": "Une erreur inattendue s’est produite.",
  "excel-code-unknown": "Excel a signalé une erreur.",
  "excel-code-cell-edit-mode":
    "Excel est occupé par la modification d’une cellule. Appuyez sur Entrée ou Échap pour quitter la cellule, puis réessayez.",
  "excel-code-access-denied": "Excel a refusé la modification : la feuille ou le classeur est protégé ou en lecture seule.",
  "excel-code-request-too-large": "La modification est trop volumineuse pour qu’Excel l’accepte en une seule fois.",
  "excel-code-response-too-large": "Les données sont trop volumineuses pour qu’Excel les envoie en une seule fois.",
  "excel-code-general": "Excel a signalé une erreur interne.",
  "excel-code-item-not-found":
    "Une feuille, un tableau ou une cellule dont le complément avait besoin n’existe plus (élément renommé ou supprimé).",
  "excel-code-item-exists": "Une feuille ou un tableau portant ce nom existe déjà.",
  "excel-code-invalid-argument": "Excel n’a pas accepté une valeur envoyée par le complément.",
  "excel-code-invalid-operation": "Excel n’autorise pas cette opération ici.",
  "excel-code-insert-delete-conflict":
    "Impossible d’insérer ou de supprimer des lignes ici : cela diviserait un tableau, des cellules fusionnées ou une formule matricielle.",
  "excel-code-merged-cells": "Des cellules fusionnées gênent l’opération.",
  "excel-code-filtered-range": "Un filtre est actif sur la plage : effacez le filtre et réessayez.",
  "excel-code-pivot-table": "Un tableau croisé dynamique gêne l’opération.",
  "excel-code-off-sheet": "Impossible d’insérer des lignes : des données situées en bas de la feuille seraient repoussées hors de celle-ci.",
  "excel-code-invalid-selection":
    "Un graphique, une forme ou une image est sélectionné, et non des cellules. Sélectionnez les lignes dans la feuille, puis réessayez.",
  "excel-code-range-too-large": "La plage dépasse la taille qu’Excel autorise.",
  "excel-code-unsupported": "Cette version d’Excel ne prend pas en charge cette opération.",
  "excel-code-undo-not-supported": "Excel n’a pas pu réunir la modification en une seule étape d’annulation.",
  "excel-code-conflict": "Quelqu’un d’autre a modifié le classeur en même temps.",
  "excel-code-request-aborted": "La requête envoyée à Excel a été interrompue.",
  "excel-code-activity-limit": "Excel traite trop de requêtes. Patientez un instant, puis réessayez.",
  "excel-code-unauthenticated": "Excel n’a pas pu vérifier votre connexion.",

  // "L’écriture des cellules a échoué : …" (the step begins the sentence, so it is capitalised).
  "excel-step-failed": "{step} a échoué : {reason}",
  "excel-not-restored": "Certaines modifications n’ont pas pu être annulées automatiquement : vérifiez la feuille.",

  "excel-step-reading-sheet": "La lecture de la feuille",
  "excel-step-reading-rows": "La lecture des lignes",
  "excel-step-reading-codes": "La lecture des codes",
  "excel-step-reading-settings": "La lecture des paramètres",
  "excel-step-saving-settings": "L’enregistrement des paramètres",
  "excel-step-listing-sheets": "L’énumération des feuilles",
  "excel-step-checking-cells": "La vérification des cellules",
  "excel-step-writing-cells": "L’écriture des cellules",
  "excel-step-restoring-cells": "La restauration des cellules",
  "excel-step-checking-rows": "La vérification des lignes",
  "excel-step-serializing": "L’insertion et l’écriture des lignes",
  "excel-step-removing-added-rows": "La suppression des lignes ajoutées",
  "excel-step-merging": "Le regroupement des lignes",
  "excel-step-putting-rows-back": "La remise en place des lignes",
  "excel-step-checking-before-undo": "La vérification de la feuille avant l’annulation",
  "excel-step-finding-summary": "La recherche de la feuille de synthèse",
  "excel-step-building-summary": "La création de la synthèse",
  "excel-step-finishing-summary": "La finalisation de la synthèse",
  "excel-step-writing-summary": "L’écriture de la synthèse",
  "excel-step-removing-summary": "La suppression de la feuille de synthèse",

  // Refusals before anything is written, and the pane's Undo. The undo labels carry their
  // article: "Impossible d’annuler la scission", "Action annulée : la correction."
  "excel-changed-meanwhile": "La feuille « {sheet} » a été modifiée pendant que le complément travaillait : relancez l’opération.",
  "excel-undo-sheet-gone": "Impossible d’annuler : la feuille « {sheet} » n’existe plus.",
  "excel-undo-sheet-changed":
    "Impossible d’annuler {action} : la feuille « {sheet} » a été modifiée depuis. Utilisez plutôt la commande Annuler d’Excel (Ctrl+Z).",
  "excel-undo-label-serialize": "la scission",
  "excel-undo-label-aggregate": "le regroupement",
  "excel-undo-label-summary": "la synthèse",

  // The summary sheet.
  "excel-summary-names-taken":
    "Tous les noms de « {first} » à « {last} » sont déjà pris par vos feuilles ; renommez-en une ou choisissez un autre nom de feuille de synthèse dans les paramètres.",
  "excel-summary-temporary-name": "Nouvelle synthèse {number}",
  "excel-summary-chart-title": "Recettes et dépenses par catégorie",

  // Reading.
  "excel-progress-reading-rows": "Lecture des lignes",
  "excel-settings-unreadable": "Les paramètres enregistrés étaient illisibles ; les valeurs par défaut sont utilisées.",
  "excel-setting-invalid": "Le paramètre enregistré « {key} » n’est pas valide ({problems}) ; la valeur par défaut est utilisée.",
  "excel-settings-defaults-invalid": "Les paramètres par défaut ne sont pas valides : {problems}",

  // Around the table: neighbours keep their rows, a change typed mid-write.
  "excel-neighbour-table-split":
    "Impossible d’effectuer {action} : des lignes entières seraient insérées ou supprimées au milieu du tableau {tables}, à côté de l’inventaire. Éloignez d’abord ce tableau des lignes de l’inventaire.",
  "excel-neighbour-cells":
    "Impossible d’effectuer le regroupement : les lignes qu’il supprimerait contiennent {count, plural, one {une valeur} other {# valeurs}} à côté de l’inventaire ({cells}). Déplacez-{count, plural, one {la} other {les}} ou effacez-{count, plural, one {la} other {les}} d’abord.",
  "excel-neighbour-more": "{cells} et {count, number} de plus",
  "excel-changed-mid-write": "Interrompu : la cellule {cell} a été modifiée pendant que {action} était en cours d’écriture.",
};
