import type { Translation } from "../translation";

/** DE words for en/availability-pane.ts. */
export const AVAILABILITY_PANE: Translation = {
  "availability-pane-role-status": "Status",
  "availability-pane-role-available": "Verfügbare Menge",
  "availability-pane-role-purchase": "Anschaffungswert",
  "availability-pane-class-available": "Verfügbar",
  "availability-pane-class-out": "Ausgegeben",
  "availability-pane-class-unavailable": "Nicht verfügbar",
  "availability-pane-class-unknown": "nicht zugeordnet, zählt als nicht verfügbar",
  "availability-pane-status-map": "Statuswörter",
  "availability-pane-status-map-help":
    "Ein Stück zählt nach dem Wort in seiner Statusspalte als verfügbar, ausgegeben oder nicht verfügbar. Fügen Sie die Wörter Ihres Arbeitsblatts hinzu, die Inventory Rows nicht kennt, oder ändern Sie, wie ein Wort zählt.",
  "availability-pane-status-known": "Bereits bekannt als {class}: {words}",
  "availability-pane-status-word": "Statuswort {number}",
  "availability-pane-status-class": "Zählt als",
  "availability-pane-status-add": "Statuswort hinzufügen",
  "availability-pane-status-remove": "Statuswort {number} entfernen",
  "availability-pane-status-empty": "Geben Sie das Statuswort ein, oder entfernen Sie diesen Eintrag",
  "availability-pane-status-twice": "{word} steht zweimal in der Liste: behalten Sie einen Eintrag",
  "availability-pane-status-too-long": "Ein Statuswort hat höchstens 255 Zeichen",
  "availability-pane-status-too-many": "Höchstens 500 Statuswörter",
  "availability-pane-status-map-wrong": "Korrigieren Sie die unten markierten Statuswörter",
  "availability-pane-merge-group": "Zeilen, die sich nur im Status unterscheiden",
  "availability-pane-merge-refused":
    "{count, plural, one {# Zeile unterscheidet} other {# Zeilen unterscheiden}} sich von den anderen nur im Status: sie bleiben unverändert.",
  "availability-pane-merge-keep-counts": "Zusammenführen und Stückzahlen je Status in der Spalte „Verfügbar“ behalten",
  "availability-pane-merge-chosen": "Zeilen, die sich nur im Status unterscheiden, werden zusammengeführt; die Spalte „Verfügbar“ behält, wie viele ihrer Stück verfügbar sind.",
  "availability-pane-merge-leave": "Unverändert lassen",
  "availability-pane-find-status": "Status: {status} ({class})",
  "availability-pane-find-status-empty": "Status: leer",
};
