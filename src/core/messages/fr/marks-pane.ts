import type { Translation } from "../translation";

/** FR words for en/marks-pane.ts. */
export const MARKS_PANE: Translation = {
  "marks-pane-switch": "Marquer les problèmes sur la feuille",
  "marks-pane-on": "Activé : la vérification marque les erreurs en rouge et les avertissements en orange, chacun avec une note.",
  "marks-pane-off": "Désactivé : la feuille n’affiche aucune marque.",
  "marks-pane-marking": "Marquage des problèmes sur la feuille",
  "marks-pane-clearing": "Effacement des marques",
  "marks-pane-marked": "{cells, plural, one {# cellule marquée} other {# cellules marquées}} ({errors} en rouge, {warnings} en orange).",
  "marks-pane-notes-kept": "{count, plural, one {# cellule a gardé votre propre note.} other {# cellules ont gardé votre propre note.}}",
  "marks-pane-not-marked": "La feuille n’a pas été marquée",
  "marks-pane-actions": "Problèmes sur la feuille",
  "marks-pane-protect": "Protéger la saisie",
  "marks-pane-unprotect": "Supprimer la protection",
  "marks-pane-protect-hint": "Protéger la saisie ajoute une validation des données aux colonnes des quantités et des codes : Excel refuse alors les saisies incorrectes dès la frappe.",
  "marks-pane-protecting": "Protection de la saisie",
  "marks-pane-unprotecting": "Suppression de la protection de la saisie",
  "marks-pane-export": "Exporter les problèmes",
  "marks-pane-exporting": "Exportation des problèmes",
  "marks-pane-exported": "{count, plural, one {# problème listé} other {# problèmes listés}} dans la feuille {sheet}.",
  "marks-pane-ribbon-marked": "Problèmes marqués",
  "marks-pane-ribbon-mark-failed": "Problèmes non marqués",
  "marks-pane-ribbon-cleared": "Marques effacées",
  "marks-pane-ribbon-clear-failed": "Marques non effacées",
};
