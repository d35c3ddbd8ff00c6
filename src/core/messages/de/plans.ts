import type { Translation } from "../translation";

/**
 * German words for en/plans.ts. A reason follows "C5: " or "Zeile 5: ", so a whole sentence
 * starts with a capital; a `problem` continues "…, aber {problem}" and starts in lower case.
 */
export const PLANS: Translation = {
  // Rows a plan cannot use (row-facts.ts)
  "plan-no-table": "Es wurde keine Bestandstabelle gefunden (keine Überschriftenzeile mit Menge und Codes)",
  "plan-header-row": "Dies ist die Überschriftenzeile",
  "plan-above-table": "Diese Zeile liegt oberhalb der Tabelle",
  "plan-blank-row": "Die Zeile ist leer",
  "plan-outside-table": "Die Zeile gehört nicht zur Tabelle",
  "plan-header-problem": "Die Tabelle hat ein Problem mit den Überschriften: {problem}",
  "plan-row-has-errors": "Die Zeile enthält Fehler",
  "plan-row-errors":
    "Die Zeile enthält {count, plural, one {einen Fehler: {first}} =2 {# Fehler: {first}; {second}} other {# Fehler: {first}; {second}; …}}",
  "plan-column-number": "Spalte {column}",
  "plan-column-header": "{header}",

  // Serialize
  "plan-already-serialized": "Bereits aufgeteilt (Menge 1)",
  "plan-fix-codes-first": "Korrigieren Sie zuerst die Codeliste: {issue}",
  "plan-codes-over-quantity":
    "Zeile {row} hat {codes, plural, one {# Code} other {# Codes}} für die Menge {quantity}: Beim Aufteilen gingen Codes verloren; korrigieren Sie zuerst die Menge oder die Codes",
  "plan-codes-too-long":
    "Zeile {row}: Aus „{code}{cut, select, yes {…} other {}}“ gebildete Codes wären länger als {max, plural, one {# Zeichen} other {# Zeichen}}; kürzen Sie den ersten Code, oder geben Sie die fehlenden Codes ein",
  "plan-prefix-codes-too-long":
    "Zeile {row}: Codes aus dem Präfix „{prefix}“ mit {digits, plural, one {# Ziffer} other {# Ziffern}} wären länger als {max, plural, one {# Zeichen} other {# Zeichen}}; wählen Sie in den Einstellungen ein kürzeres Präfix, oder geben Sie die Codes ein",
  "plan-split-refused": "Zeile {row}: „{column}“ wird auf die neuen Zeilen aufgeteilt, aber {problem}",
  "plan-split-not-a-number": "der Wert ist keine Zahl",
  "plan-split-too-large": "{value} ist zu groß, um exakt aufgeteilt zu werden",
  "plan-past-last-row":
    "Das Aufteilen benötigt {newRows, plural, one {# neue Zeile} other {# neue Zeilen}}, und das Arbeitsblatt würde bei Zeile {lastRow, number} enden, jenseits der Excel-Grenze von {limit, number}",

  // Aggregate
  "plan-joined-codes-too-long":
    "Die verbundenen Codes wären {length, number} Zeichen lang, mehr als die {max, number}, die eine Excel-Zelle aufnehmen kann",
  "plan-sum-refused": "„{column}“ wird beim Zusammenführen summiert, aber {problem}",
  "plan-sum-not-a-number": "{cell} enthält {value}, keine Zahl",
  "plan-sum-too-large": "die Summe ist zu groß, um exakt addiert zu werden",
  "plan-nothing-to-merge": "Eine einzelne Zeile kann mit nichts zusammengeführt werden; wählen Sie mindestens zwei passende Zeilen aus",
  "plan-unit-several-codes":
    "{count, plural, one {Zeile {rows} ist ein Stück mit mehr als einem Code} other {# Zeilen ({rows}) sind Stücke mit jeweils mehr als einem Code}}: Eine zusammengeführte Zeile könnte nicht angeben, welche Codes zu welchem Stück gehören, daher werden die Zeilen nicht zusammengeführt",
  "plan-row-differs":
    "Zeile {row} unterscheidet sich von Zeile {other} in {count, plural, one {der Spalte} other {den Spalten}} {columns}: Beim Zusammenführen {count, plural, one {ginge dieser Wert} other {gingen diese Werte}} verloren",

  // Fixes and generated codes
  "plan-no-automatic-fix": "{cell}: Für „{rule}“ gibt es keine automatische Korrektur",
  "plan-cell-not-checked": "{cell} gehört nicht zu den geprüften Werten",
  "plan-cell-changed": "{cell} enthält nicht mehr, was die Prüfung gefunden hat; prüfen Sie erneut",
  "plan-grid-row": "Zeile {row}",
  "plan-row-has-codes": "Zeile {row} hat bereits Codes",

  // Formulas in the cells a plan changes (formula-cells.ts)
  "plan-formula-cell": "{cell} enthält {formula}",
  "plan-formulas-refused":
    "{cells}{more, plural, =0 {} one { und # weitere Formel} other { und # weitere Formeln}}: {action, select, serialize {Das Aufteilen} other {Das Zusammenführen}} würde {count, plural, one {einen Wert über diese Formel} other {Werte über diese Formeln}} schreiben; verwenden Sie deren Werte, oder ändern Sie zuerst die Formeln",
  "plan-formulas-outside":
    "{count, plural, one {Eine Formel an anderer Stelle ({cells}) verweist} other {# Formeln an anderer Stelle ({cells}{more, plural, =0 {} other {, …}}) verweisen}} auf diese Zeilen: Durch das Einfügen oder Löschen von Zeilen ändert sich, was {count, plural, one {sie summiert} other {sie summieren}}.",
  "plan-formulas-as-values": "{count, plural, one {# Formel wurde zu einem Wert} other {# Formeln wurden zu Werten}}",
};
