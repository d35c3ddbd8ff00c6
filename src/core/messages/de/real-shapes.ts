import type { Translation } from "../translation";

/** German words for en/real-shapes.ts. Setting values (auto, on, off) and rule ids stay as typed. */
export const REAL_SHAPES: Translation = {
  "issue-quantity-zero": "{cell}: Menge 0: keine Stücke (ausverkauft oder ausgemustert?)",
  "rule-title-quantity-zero": "Menge 0: keine Stücke",
  "settings-not-each-row-one-unit": "{where}: muss auto, on oder off sein",
  "settings-not-a-rule":
    "{where}: muss eine Regel-ID wie codes-number oder codes-space sein (die IDs stehen in der README unter „Muting rules“)",
  "note-each-row-one-unit":
    "{why, select, on {Jede Zeile wird als ein Stück gezählt (laut Einstellung führt dieses Arbeitsblatt jedes Stück in einer eigenen Zeile).} other {Keine Mengenspalte: Jede Zeile wird als ein Stück gezählt.}}",
  "note-muted-rules":
    "{warnings, plural, =0 {} one {# Warnung} other {# Warnungen}}{warnings, plural, =0 {} other {{errors, plural, =0 {} other { und }}}}" +
    "{errors, plural, =0 {} one {# Fehler} other {# Fehler}} stummgeschalteter Regeln nicht angezeigt: {rules}" +
    "{errors, plural, =0 {} other {; Zeilen mit einem stummgeschalteten Fehler bleiben weiterhin von Übersicht, Aufteilen und Zusammenführen ausgeschlossen}}.",
  "note-scope-column-missing":
    "Codes sollten innerhalb von „{column}“ eindeutig sein, aber keine Spalte hat diese Überschrift: Nach Duplikaten wurde im gesamten Arbeitsblatt gesucht.",
  "summary-stock-value-header": "Bestandswert ({column})",
  "plan-no-units": "Keine Stücke (Menge 0): nichts aufzuteilen",
  "plan-no-units-to-merge": "Keine Stücke (Menge 0): Eine Zeile ohne Stücke wird nicht in einen Sammelposten zusammengeführt",
  "plan-no-quantity-column": "Das Arbeitsblatt hat keine Mengenspalte (jede Zeile ist ein Stück): Es gibt keine Mengenzelle, in die geschrieben werden könnte",
  "plan-one-code-per-cell":
    "Codes werden einzeln pro Zelle gelesen (Einstellung): Zeilen können nicht zu einer Zelle mit mehreren Codes zusammengeführt werden",
};
