import type { Translation } from "../translation";

/** DE words for en/marks-pane.ts. */
export const MARKS_PANE: Translation = {
  "marks-pane-switch": "Probleme im Blatt markieren",
  "marks-pane-on": "Ein: Die Prüfung markiert Fehler rot und Warnungen gelb, jeweils mit einer Notiz.",
  "marks-pane-off": "Aus: Das Arbeitsblatt zeigt keine Markierungen.",
  "marks-pane-marking": "Probleme im Arbeitsblatt werden markiert",
  "marks-pane-clearing": "Markierungen werden entfernt",
  "marks-pane-marked": "{cells, plural, one {# Zelle markiert} other {# Zellen markiert}} ({errors} rot, {warnings} gelb).",
  "marks-pane-notes-kept": "{count, plural, one {# Zelle hat Ihre eigene Notiz behalten.} other {# Zellen haben Ihre eigene Notiz behalten.}}",
  "marks-pane-not-marked": "Das Arbeitsblatt wurde nicht markiert",
  "marks-pane-actions": "Probleme im Arbeitsblatt",
  "marks-pane-protect": "Eingabe schützen",
  "marks-pane-unprotect": "Schutz entfernen",
  "marks-pane-protect-hint": "„Eingabe schützen“ legt eine Datenüberprüfung auf die Mengen- und die Codespalte, sodass Excel falsche Eingaben schon beim Tippen abweist.",
  "marks-pane-protecting": "Eingabe wird geschützt",
  "marks-pane-unprotecting": "Eingabeschutz wird entfernt",
  "marks-pane-export": "Probleme exportieren",
  "marks-pane-exporting": "Probleme werden exportiert",
  "marks-pane-exported": "{count, plural, one {# Problem aufgelistet} other {# Probleme aufgelistet}} im Arbeitsblatt {sheet}.",
  "marks-pane-ribbon-marked": "Probleme markiert",
  "marks-pane-ribbon-mark-failed": "Probleme nicht markiert",
  "marks-pane-ribbon-cleared": "Markierungen entfernt",
  "marks-pane-ribbon-clear-failed": "Markierungen nicht entfernt",
};
