import type { Translation } from "../translation";

/** DE words for en/live.ts. */
export const LIVE: Translation = {
  "live-checked-in-full": "Das ganze Arbeitsblatt wurde erneut geprüft: {reason}",
  "live-full-no-address": "Excel hat nicht angegeben, welche Zellen sich geändert haben.",
  "live-full-several-areas": "die Änderung betraf mehrere getrennte Bereiche.",
  "live-full-structure": "Spalten oder Zellen wurden eingefügt oder gelöscht.",
  "live-full-outside-columns": "die Änderung reichte über die Spalten der Tabelle hinaus.",
  "live-full-header": "die Änderung betraf die Kopfzeile oder die Zeilen darüber.",
  "live-full-too-many-rows": "es haben sich zu viele Zeilen geändert, um nur diese zu lesen.",
  "live-full-changed-during-read": "Zeilen wurden eingefügt oder gelöscht, während das Arbeitsblatt gelesen wurde.",
  "live-full-shape": "der benutzte Bereich des Arbeitsblatts hat sich auf eine Weise geändert, die die Bearbeitung nicht erklärt.",
  "live-full-settings": "die Einstellungen oder das Zahlenformat von Excel haben sich geändert.",
  "live-full-index": "die Überschriften oder Spalten der Tabelle haben sich geändert.",
};
