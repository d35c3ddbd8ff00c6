import type { Translation } from "../translation";

/** DE words for en/entry-rules.ts. */
export const ENTRY_RULES: Translation = {
  "entry-quantity-prompt-title": "Menge",
  "entry-quantity-prompt": "Geben Sie eine ganze Zahl ab 1 ein: wie viele Stück diese Zeile darstellt.",
  "entry-quantity-error-title": "Keine gültige Menge",
  "entry-quantity-error": "Die Menge muss eine ganze Zahl ab 1 sein, zum Beispiel 1 oder 12.",
  "entry-codes-prompt-title": "Codes",
  "entry-codes-prompt": "Ein Code oder mehrere, durch Kommas getrennt: A1, A2.",
  "entry-codes-error-title": "Codes nicht zulässig",
  "entry-codes-error": "Trennen Sie Codes nur mit Kommas (nicht mit ;) und lassen Sie keinen Code leer: A1, A2 statt A1,,A2 oder A1;A2.",
  "entry-code-prompt": "Ein Code, so wie er auf dem Artikel steht.",
  "entry-code-error": "Der Code darf nicht leer sein.",
  "entry-protected": "Excel prüft jetzt, was in {ranges} auf „{sheet}“ eingegeben wird.",
  "entry-pasting": "Eingefügte Zellen prüft Excel nicht: Prüfen Sie das Blatt nach dem Einfügen.",
  "entry-needs-api": "Eingabeschutz braucht die Datenüberprüfung (ExcelApi 1.8), die diese Excel-Version nicht hat.",
  "entry-user-rules": "Diese Zellen haben bereits eine Datenüberprüfung, die nicht vom Add-In stammt, und der Eingabeschutz ersetzt sie nie: {cells}.",
  "entry-removed": "Eingabeschutz von {ranges} auf „{sheet}“ entfernt.",
  "entry-removed-gone": "Die Eingaberegeln des Add-Ins waren nicht mehr auf „{sheet}“; sonst wurde nichts angetastet.",
  "entry-none": "Diese Arbeitsmappe hat keinen Eingabeschutz des Add-Ins.",
  "entry-sheet-gone": "Das Arbeitsblatt mit dem Eingabeschutz ist nicht mehr in der Arbeitsmappe, und seine Regeln sind mit ihm verschwunden.",
  "entry-earlier-protected": "Die früheren Eingaberegeln des Add-Ins liegen auf „{sheet}“, das geschützt ist, und der Eingabeschutz würde sie dort entfernen. Heben Sie den Blattschutz von „{sheet}“ auf (Überprüfen › Blattschutz aufheben), und versuchen Sie es erneut.",
  "entry-earlier-moved": "Die früheren Eingaberegeln wurden von {ranges} auf „{sheet}“ entfernt: Das Add-In schützt jeweils ein Arbeitsblatt.",
};
