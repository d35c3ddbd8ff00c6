import type { Translation } from "../translation";

/** FR words for en/marks.ts. */
export const MARKS: Translation = {
  "excel-step-marks-reading": "La lecture des marques",
  "excel-step-marks-painting": "Le marquage des cellules",
  "excel-step-marks-noting": "L’écriture des notes",
  "excel-step-marks-saving": "L’enregistrement des marques",
  "excel-step-marks-clearing": "L’effacement des marques",
  "excel-step-marks-restoring": "La remise en place des marques",
  "marks-done": "Sur la feuille « {sheet} », {errors, plural, one {# cellule avec une erreur est marquée} other {# cellules avec des erreurs sont marquées}} en rouge et {warnings, plural, one {# cellule avec un avertissement} other {# cellules avec des avertissements}} en jaune.",
  "marks-none": "Aucun problème sur « {sheet} » : aucune cellule n’est marquée.",
  "marks-user-notes-kept": "{count, plural, one {# cellule marquée avait déjà une note : elle garde la sienne.} other {# cellules marquées avaient déjà une note : elles gardent la leur.}}",
  "marks-no-notes": "Cette version d’Excel ne peut pas ajouter de notes ni de commentaires : les cellules sont marquées sans eux.",
  "marks-needs-api": "Le marquage des cellules nécessite une version plus récente d’Excel (ExcelApi 1.9).",
  "marks-cleared": "Les marques sont effacées.",
  "marks-nothing-to-clear": "Il n’y a aucune marque à effacer.",
  "marks-progress": "Écriture des notes",
  "marks-remark-failed": "Les marques de la feuille n’ont pas pu être déplacées : {reason} Vérifiez de nouveau la feuille pour la marquer.",
  "marks-newer-excel": "Les marques de ce classeur ont été faites dans une version plus récente d’Excel, avec des notes que cette version ne peut pas lire. Ouvrez le classeur dans cette version pour marquer la feuille ou effacer ses marques.",
  "marks-notes-capped": "{count, plural, one {# cellule marquée n’a pas de note : un marquage écrit au plus {max, number} notes.} other {# cellules marquées n’ont pas de note : un marquage écrit au plus {max, number} notes.}}",
};
