import type { Translation } from "../translation";

/** NL words for en/marks-pane.ts. */
export const MARKS_PANE: Translation = {
  "marks-pane-switch": "Problemen markeren op het werkblad",
  "marks-pane-on": "Aan: de controle markeert fouten rood en waarschuwingen oranje, elk met een notitie.",
  "marks-pane-off": "Uit: het werkblad toont geen markeringen.",
  "marks-pane-marking": "Problemen worden gemarkeerd op het werkblad",
  "marks-pane-clearing": "Markeringen worden gewist",
  "marks-pane-marked": "{cells, plural, one {# cel gemarkeerd} other {# cellen gemarkeerd}} ({errors} rood, {warnings} oranje).",
  "marks-pane-notes-kept": "{count, plural, one {# cel hield uw eigen notitie.} other {# cellen hielden uw eigen notitie.}}",
  "marks-pane-not-marked": "Het werkblad is niet gemarkeerd",
  "marks-pane-actions": "Problemen op het werkblad",
  "marks-pane-protect": "Invoer beveiligen",
  "marks-pane-unprotect": "Beveiliging verwijderen",
  "marks-pane-protect-hint": "Invoer beveiligen zet gegevensvalidatie op de kolommen voor aantal en codes, zodat Excel foute invoer al bij het typen weigert.",
  "marks-pane-protecting": "Invoer wordt beveiligd",
  "marks-pane-unprotecting": "Invoerbeveiliging wordt verwijderd",
  "marks-pane-export": "Problemen exporteren",
  "marks-pane-exporting": "Problemen worden geëxporteerd",
  "marks-pane-exported": "{count, plural, one {# probleem vermeld} other {# problemen vermeld}} op werkblad {sheet}.",
  "marks-pane-ribbon-marked": "Problemen gemarkeerd",
  "marks-pane-ribbon-mark-failed": "Problemen niet gemarkeerd",
  "marks-pane-ribbon-cleared": "Markeringen gewist",
  "marks-pane-ribbon-clear-failed": "Markeringen niet gewist",
};
