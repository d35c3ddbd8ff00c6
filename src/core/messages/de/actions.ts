import type { Translation } from "../translation";

/** German words for en/actions.ts. */
export const ACTIONS: Translation = {
  "action-no-inventory":
    "Keine Bestandsliste auf „{sheet}“ gefunden: Keine Überschriftenzeile benennt sowohl eine Mengenspalte als auch eine Codespalte.",

  // Fixes and generated codes. `what` is app-fix-one ("das Problem in C5") or app-fix-rule.
  "action-nothing-to-fix": "Es gibt nichts zu korrigieren, denn {what} ist nicht mehr vorhanden. Prüfen Sie erneut.",
  "action-could-not-fix": "Es war nicht möglich, {what} zu korrigieren.",
  "action-fixed":
    "{issues, plural, one {# Problem} other {# Probleme}} korrigiert ({cells, plural, one {# Zelle} other {# Zellen}} geändert){left, plural, =0 {} one {; # Zeile blieb unverändert} other {; # Zeilen blieben unverändert}}.",
  "action-prefix-invalid": "Das Präfix „{prefix}“ kann nicht verwendet werden: {problems}.",
  "action-no-rows-without-codes": "Keine Zeile ohne Codes: Es gibt nichts zu erzeugen.",
  "action-generated": "{count, plural, one {# Code} other {# Codes}} erzeugt (ab {first}).",
  "action-undo-label-fix": "Korrektur",
  "action-undo-label-generate-codes": "Erzeugen der Codes",

  // Serialize.
  "action-select-rows-to-serialize": "Markieren Sie die aufzuteilenden Zeilen (Zeilen mit einer Menge größer als 1).",
  "action-none-serializable": "Keine der markierten Zeilen kann aufgeteilt werden.",
  "action-serialized":
    "{rows, plural, one {# Zeile} other {# Zeilen}} in {units, plural, one {# Zeile} other {# Zeilen}} aufgeteilt ({added, plural, one {# neue Zeile} other {# neue Zeilen}}){refused, plural, =0 {} one {; # Zeile abgelehnt} other {; # Zeilen abgelehnt}}{skipped, plural, =0 {} other {{refused, plural, =0 {; } other {, }}{skipped, plural, one {# Zeile war} other {# Zeilen waren}} bereits aufgeteilt}}.",

  // Aggregate.
  "action-cannot-merge": "Die markierten Zeilen können nicht zusammengeführt werden.",
  "action-select-rows-to-merge": "Markieren Sie zwei oder mehr Zeilen, die in jeder Spalte außer Menge, Codes und Beträgen übereinstimmen.",
  "action-merged":
    "{rows, plural, one {# Zeile} other {# Zeilen}} zu {into, plural, one {# Zeile} other {# Zeilen}} zusammengeführt{refused, plural, =0 {} one {; # Zeile nicht zusammengeführt} other {; # Zeilen nicht zusammengeführt}}.",

  // Summary.
  "action-summary-written":
    "Arbeitsblatt „{sheet}“ {replaced, select, yes {aktualisiert} other {erstellt}}: {categories, plural, one {# Kategorie} other {# Kategorien}}, {counted, plural, one {# Zeile} other {# Zeilen}} gezählt, {excluded, plural, one {# Zeile} other {# Zeilen}} ausgeschlossen.",
  "action-clear-filter":
    "Ein Filter auf „{sheet}“ blendet Zeilen aus, und unter einem Filter kann Excel keine Zeilen einfügen oder löschen, ohne ausgeblendete Zeilen zu verschieben: Löschen Sie zuerst den Filter (Daten › Löschen), und versuchen Sie es dann erneut.",
  "action-summary-replaced-no-undo":
    "Excel kann das Ersetzen einer Übersicht nicht rückgängig machen (auch nicht mit STRG+Z); erstellen Sie die Übersicht erneut, um sie zu aktualisieren.",
  // results in the pane's language
  "action-formulas-as-values": "{count, plural, one {# Formel wurde zu einem Wert.} other {# Formeln wurden zu Werten.}}",
};
