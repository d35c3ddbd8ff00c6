import type { Translation } from "../translation";

/** SV words for en/excel.ts. */
export const EXCEL: Translation = {
  "excel-error-with-code": "{words} ({code})",
  "excel-error-unexpected": "Ett oväntat fel uppstod.",
  "excel-code-unknown": "Excel rapporterade ett fel.",
  "excel-code-cell-edit-mode": "Excel är upptaget med att redigera en cell. Tryck på Retur eller Esc för att lämna cellen och försök sedan igen.",
  "excel-code-access-denied": "Excel nekade ändringen: kalkylbladet eller arbetsboken är skyddad eller skrivskyddad.",
  "excel-code-request-too-large": "Ändringen är för stor för att Excel ska kunna ta emot den på en gång.",
  "excel-code-response-too-large": "Datamängden är för stor för att Excel ska kunna skicka den på en gång.",
  "excel-code-general": "Excel rapporterade ett internt fel.",
  "excel-code-item-not-found": "Ett kalkylblad, en tabell eller en cell som tillägget behövde finns inte längre (den har bytt namn eller tagits bort).",
  "excel-code-item-exists": "Det finns redan ett kalkylblad eller en tabell med det namnet.",
  "excel-code-invalid-argument": "Excel godtog inte ett värde som tillägget skickade.",
  "excel-code-invalid-operation": "Excel tillåter inte den här åtgärden här.",
  "excel-code-insert-delete-conflict":
    "Det går inte att infoga eller ta bort rader här: det skulle dela en tabell, sammanfogade celler eller en matrisformel.",
  "excel-code-merged-cells": "Sammanfogade celler är i vägen.",
  "excel-code-filtered-range": "Ett filter är aktivt på området: rensa filtret och försök igen.",
  "excel-code-pivot-table": "En pivottabell är i vägen.",
  "excel-code-off-sheet": "Det går inte att infoga rader: data längst ned på kalkylbladet skulle skjutas utanför det.",
  "excel-code-invalid-selection":
    "Ett diagram, en form eller en bild är markerad, inte celler. Markera raderna på kalkylbladet och försök sedan igen.",
  "excel-code-range-too-large": "Området är större än Excel tillåter.",
  "excel-code-unsupported": "Den här versionen av Excel har inte stöd för åtgärden.",
  "excel-code-undo-not-supported": "Excel kunde inte samla ändringen i ett enda ångringssteg.",
  "excel-code-conflict": "Någon annan ändrade arbetsboken samtidigt.",
  "excel-code-request-aborted": "Begäran till Excel avbröts.",
  "excel-code-activity-limit": "Excel har för många begäranden att hantera. Vänta en stund och försök igen.",
  "excel-code-unauthenticated": "Excel kunde inte verifiera din inloggning.",

  "excel-step-failed": "{step} misslyckades: {reason}",
  "excel-not-restored": "Vissa ändringar kunde inte ångras automatiskt: kontrollera kalkylbladet.",

  "excel-step-reading-sheet": "Läsningen av kalkylbladet",
  "excel-step-reading-rows": "Läsningen av raderna",
  "excel-step-reading-codes": "Läsningen av koderna",
  "excel-step-reading-settings": "Läsningen av inställningarna",
  "excel-step-saving-settings": "Sparandet av inställningarna",
  "excel-step-listing-sheets": "Listningen av kalkylbladen",
  "excel-step-checking-cells": "Kontrollen av cellerna",
  "excel-step-writing-cells": "Skrivningen av cellerna",
  "excel-step-restoring-cells": "Återställningen av cellerna",
  "excel-step-checking-rows": "Kontrollen av raderna",
  "excel-step-serializing": "Infogningen och skrivningen av raderna",
  "excel-step-removing-added-rows": "Borttagningen av de tillagda raderna",
  "excel-step-merging": "Sammanslagningen av raderna",
  "excel-step-putting-rows-back": "Återställningen av raderna",
  "excel-step-checking-before-undo": "Kontrollen av kalkylbladet före ångring",
  "excel-step-finding-summary": "Sökningen efter sammanfattningsbladet",
  "excel-step-building-summary": "Skapandet av sammanfattningen",
  "excel-step-finishing-summary": "Slutförandet av sammanfattningen",
  "excel-step-writing-summary": "Skrivningen av sammanfattningen",
  "excel-step-removing-summary": "Borttagningen av sammanfattningsbladet",

  "excel-changed-meanwhile": "Kalkylbladet \"{sheet}\" ändrades medan tillägget arbetade: kör åtgärden igen.",
  "excel-undo-sheet-gone": "Det går inte att ångra: kalkylbladet \"{sheet}\" finns inte längre.",
  "excel-undo-sheet-changed":
    "Det går inte att ångra {action}: kalkylbladet \"{sheet}\" har ändrats sedan dess. Använd Excels Ångra (Ctrl+Z) i stället.",
  "excel-undo-label-serialize": "uppdelningen",
  "excel-undo-label-aggregate": "sammanslagningen",
  "excel-undo-label-summary": "sammanfattningen",

  "excel-summary-names-taken":
    "Alla namn från \"{first}\" till \"{last}\" används av dina egna kalkylblad; byt namn på ett av dem eller välj ett annat namn för sammanfattningsbladet i inställningarna.",
  "excel-summary-temporary-name": "Lagersammanfattning ny {number}",
  "excel-summary-chart-title": "Intäkter och kostnader per kategori",

  "excel-progress-reading-rows": "Läser rader",
  "excel-settings-unreadable": "De sparade inställningarna gick inte att läsa; standardinställningarna används.",
  "excel-setting-invalid": "Den sparade inställningen \"{key}\" är inte giltig ({problems}); standardvärdet används.",
  "excel-settings-defaults-invalid": "Standardinställningarna är ogiltiga: {problems}",

  "excel-neighbour-table-split":
    "Det går inte att genomföra {action}: hela rader skulle infogas eller tas bort mitt i tabellen {tables}, bredvid lagerlistan. Flytta först bort den tabellen från lagerlistans rader.",
  "excel-neighbour-cells":
    "Det går inte att slå samman: raderna som skulle tas bort innehåller {count, plural, one {ett värde} other {# värden}} bredvid lagerlistan ({cells}). Flytta eller rensa {count, plural, one {det} other {dem}} först.",
  "excel-neighbour-more": "{cells} och {count, number} till",
  "excel-changed-mid-write": "Stoppades: {cell} ändrades medan {action} pågick.",
};
