import type { Translation } from "../translation";

/** French words for en/app.ts. */
export const APP: Translation = {
  "app-busy": "Une autre action est encore en cours ; réessayez lorsqu’elle sera terminée.",
  "app-pane-busy": "Une autre action est encore en cours. Attendez qu’elle se termine ou annulez-la.",
  "app-cancelled": "Annulé.",
  "app-error-generic":
    "Un problème est survenu et l’action n’a pas abouti. Réessayez ; si le problème persiste, rechargez le complément.",
  "app-pane-error": "Un problème est survenu dans le volet.",
  "app-try-again": "{reason} Réessayez.",

  "app-sheet-deleted": "La feuille d’inventaire ne figure plus dans le classeur (elle a été supprimée).",
  "app-sheet-gone":
    "La feuille « {sheet} » choisie comme inventaire ne figure plus dans le classeur ; le volet utilise donc de nouveau la feuille active.",
  "app-selection-elsewhere":
    "La sélection se trouve sur une autre feuille. Accédez à « {sheet} », la feuille d’inventaire choisie dans le volet, sélectionnez-y les lignes et réessayez.",
  "app-protected": "La feuille « {sheet} » est protégée. Ôtez la protection (Révision › Ôter la protection de la feuille) et réessayez.",
  "app-not-a-cell": "« {address} » n’est pas une référence de cellule.",

  // Filled into action-nothing-to-fix and action-could-not-fix as `what`.
  "app-fix-one": "le problème de la cellule {address}",
  "app-fix-rule": "« {rule} »",

  "app-nothing-to-undo": "Il n’y a rien à annuler.",
  "app-undid": "Action annulée : {label}.",
  "app-settings-not-saved": "Paramètres non enregistrés : {reason}",
  // Problems one after another (settings a save or a code prefix refused).
  "app-problems-joined": "{first} ; {rest}",

  "app-find-empty": "Saisissez ou scannez d’abord un code.",
  "app-find-no-inventory": "Aucun inventaire trouvé sur « {sheet} ».",
  "app-find-no-code": "Aucune ligne n’a le code « {code} ».",

  "app-live-follow-failed": "impossible de suivre la feuille qui vient d’être vérifiée. {reason}",

  "app-row-reason": "{address} : {reason}",
  "app-ribbon-serialize-failed": "La scission n’a pas abouti",
  "app-ribbon-summary-failed": "La synthèse par catégorie n’a pas été créée",
  "app-ribbon-confirm-title": "Veuillez confirmer dans le volet",
  "app-ribbon-confirm":
    "La scission de la sélection ajouterait {count, plural, one {# ligne} other {# lignes}}. Vérifiez l’aperçu, puis confirmez.",
  "app-ribbon-nothing-title": "Rien à scinder",
  "app-ribbon-nothing": "Aucune ligne sélectionnée ne peut être scindée. Sélectionnez des lignes dont la quantité est supérieure à 1.",
  "app-ribbon-serialized": "Scission effectuée",
  "app-ribbon-serialized-refused": "Scission effectuée, avec des lignes refusées",
  "app-ribbon-summary-ready": "Synthèse par catégorie prête",
  "app-ribbon-summary-written": "Écrit dans la feuille {sheet}.",

  // The Serialize and Aggregate panels: what they do, and their progress titles.
  "app-serialize-intro":
    "Sélectionnez des lignes dans la feuille d’inventaire (ce doit être la feuille active). Chaque ligne dont la quantité est supérieure à 1 devient une ligne par unité : ses codes sont conservés, et les recettes et dépenses sont réparties au centime près.",
  "app-serialize-preview-title": "Préparation de l’aperçu de la scission",
  "app-serialize-apply-title": "Scission de la sélection",
  "app-aggregate-intro":
    "Sélectionnez des lignes dans la feuille d’inventaire (ce doit être la feuille active). Les lignes identiques dans toutes les colonnes sauf la quantité, les codes et les montants sont regroupées en une seule : les quantités et les montants sont additionnés, les codes réunis.",
  "app-aggregate-preview-title": "Préparation de l’aperçu du regroupement",
  "app-aggregate-apply-title": "Regroupement de la sélection",
};
