import type { Translation } from "../translation";

/** SV words for en/app.ts. */
export const APP: Translation = {
  "app-busy": "En annan åtgärd pågår fortfarande; försök igen när den är klar.",
  "app-pane-busy": "En annan åtgärd pågår fortfarande. Vänta tills den är klar eller avbryt den.",
  "app-cancelled": "Avbrutet.",
  "app-error-generic": "Något gick fel och åtgärden slutfördes inte. Försök igen; om det fortsätter att hända läser du in tillägget på nytt.",
  "app-pane-error": "Något gick fel i aktivitetsfönstret.",
  "app-try-again": "{reason} Försök igen.",

  "app-sheet-deleted": "Lagerbladet finns inte längre i arbetsboken (det har tagits bort).",
  "app-sheet-gone":
    "Kalkylbladet \"{sheet}\" som valts som lagerblad finns inte längre i arbetsboken, så aktivitetsfönstret använder det aktiva kalkylbladet igen.",
  "app-selection-elsewhere":
    "Markeringen finns på ett annat kalkylblad. Gå till \"{sheet}\", lagerbladet som valts i aktivitetsfönstret, markera raderna där och försök igen.",
  "app-protected": "Kalkylbladet \"{sheet}\" är skyddat. Ta bort skyddet (Granska › Ta bort skydd för blad) och försök igen.",
  "app-not-a-cell": "\"{address}\" är inte en celladress.",

  "app-fix-one": "problemet i {address}",
  "app-fix-rule": "problemen med regeln \"{rule}\"",

  "app-nothing-to-undo": "Det finns inget att ångra.",
  "app-undid": "Ångrade {label}.",
  "app-settings-not-saved": "Inställningarna sparades inte: {reason}",
  // Problems one after another (settings a save or a code prefix refused).
  "app-problems-joined": "{first}; {rest}",

  "app-find-empty": "Skriv eller skanna en kod först.",
  "app-find-no-inventory": "Ingen lagerlista hittades på kalkylbladet \"{sheet}\".",
  "app-find-no-code": "Ingen rad har koden \"{code}\".",

  "app-live-follow-failed": "det gick inte att följa kalkylbladet som just kontrollerades. {reason}",

  "app-row-reason": "{address}: {reason}",
  "app-ribbon-serialize-failed": "Uppdelningen per enhet slutfördes inte",
  "app-ribbon-summary-failed": "Kategorisammanfattningen skapades inte",
  "app-ribbon-confirm-title": "Bekräfta i aktivitetsfönstret",
  "app-ribbon-confirm":
    "Att dela upp markeringen per enhet skulle lägga till {count, plural, one {# rad} other {# rader}}. Granska förhandsvisningen och bekräfta sedan.",
  "app-ribbon-nothing-title": "Inget att dela upp",
  "app-ribbon-nothing": "Ingen markerad rad kan delas upp per enhet. Markera rader med ett antal över 1.",
  "app-ribbon-serialized": "Uppdelat per enhet",
  "app-ribbon-serialized-refused": "Uppdelat per enhet, med avvisade rader",
  "app-ribbon-summary-ready": "Kategorisammanfattningen är klar",
  "app-ribbon-summary-written": "Skrevs till kalkylbladet {sheet}.",

  "app-serialize-intro":
    "Markera rader på lagerbladet (det måste vara det aktiva kalkylbladet). Varje rad med ett antal över 1 blir en rad per enhet: koderna behålls och intäkter och kostnader fördelas på öret när.",
  "app-serialize-preview-title": "Förbereder förhandsvisningen av uppdelningen",
  "app-serialize-apply-title": "Delar upp markeringen per enhet",
  "app-aggregate-intro":
    "Markera rader på lagerbladet (det måste vara det aktiva kalkylbladet). Rader som stämmer överens i alla kolumner utom antal, koder och belopp slås samman till en rad: antal och belopp summeras och koderna sammanfogas.",
  "app-aggregate-preview-title": "Förbereder förhandsvisningen av sammanslagningen",
  "app-aggregate-apply-title": "Slår samman markeringen",
};
