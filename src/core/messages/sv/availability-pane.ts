import type { Translation } from "../translation";

/** SV words for en/availability-pane.ts. */
export const AVAILABILITY_PANE: Translation = {
  "availability-pane-role-status": "Status",
  "availability-pane-role-available": "Antal tillgängliga",
  "availability-pane-role-purchase": "Inköpsvärde",
  "availability-pane-class-available": "Tillgänglig",
  "availability-pane-class-out": "Utlämnad",
  "availability-pane-class-unavailable": "Inte tillgänglig",
  "availability-pane-class-unknown": "inte klassad, räknas som inte tillgänglig",
  "availability-pane-status-map": "Statusord",
  "availability-pane-status-map-help":
    "En enhet räknas som tillgänglig, utlämnad eller inte tillgänglig efter ordet i dess statuskolumn. Lägg till de ord som ditt kalkylblad använder och som Inventory Rows inte känner till, eller ändra vad ett ord räknas som.",
  "availability-pane-status-known": "Redan kända som {class}: {words}",
  "availability-pane-status-word": "Statusord {number}",
  "availability-pane-status-class": "Räknas som",
  "availability-pane-status-add": "Lägg till ett statusord",
  "availability-pane-status-remove": "Ta bort statusord {number}",
  "availability-pane-status-empty": "Skriv statusordet eller ta bort det här",
  "availability-pane-status-twice": "{word} finns två gånger: behåll ett",
  "availability-pane-status-too-long": "Ett statusord har högst 255 tecken",
  "availability-pane-status-too-many": "Högst 500 statusord",
  "availability-pane-status-map-wrong": "Rätta de statusord som är markerade nedan",
  "availability-pane-merge-group": "Rader som bara skiljer sig i status",
  "availability-pane-merge-refused":
    "{count, plural, one {# rad skiljer sig} other {# rader skiljer sig}} från de andra bara i status: de lämnas orörda.",
  "availability-pane-merge-keep-counts": "Slå samman och behåll antalet per status i kolumnen för tillgängliga",
  "availability-pane-merge-chosen": "Rader som bara skiljer sig i status slås samman; kolumnen för tillgängliga behåller hur många av deras enheter som är tillgängliga.",
  "availability-pane-merge-leave": "Lämna dem orörda",
  "availability-pane-find-status": "Status: {status} ({class})",
  "availability-pane-find-status-empty": "Status: tom",
};
