import type { Translation } from "../translation";

/** NL words for en/entry-rules.ts. */
export const ENTRY_RULES: Translation = {
  "entry-quantity-prompt-title": "Aantal",
  "entry-quantity-prompt": "Typ een geheel getal van 1 of meer: hoeveel stuks deze rij voorstelt.",
  "entry-quantity-error-title": "Geen geldig aantal",
  "entry-quantity-error": "Het aantal moet een geheel getal van 1 of meer zijn, zoals 1 of 12.",
  "entry-codes-prompt-title": "Voorraadcodes",
  "entry-codes-prompt": "Eén code, of meer gescheiden door komma's: A1, A2.",
  "entry-codes-error-title": "Codes niet geaccepteerd",
  "entry-codes-error": "Scheid codes alleen met komma's (niet met ;) en laat geen code leeg: A1, A2 in plaats van A1,,A2 of A1;A2.",
  "entry-code-prompt": "Eén voorraadcode, zoals die op het artikel staat.",
  "entry-code-error": "De voorraadcode mag niet leeg zijn.",
  "entry-protected": "Excel controleert nu wat er in {ranges} op \"{sheet}\" wordt getypt.",
  "entry-pasting": "Geplakte cellen controleert Excel niet: controleer het werkblad na het plakken.",
  "entry-needs-api": "Invoer beveiligen heeft gegevensvalidatie nodig (ExcelApi 1.8), en die heeft deze versie van Excel niet.",
  "entry-user-rules": "Deze cellen hebben al gegevensvalidatie die niet van de invoegtoepassing is, en Invoer beveiligen vervangt die nooit: {cells}.",
  "entry-removed": "Invoerbeveiliging verwijderd van {ranges} op \"{sheet}\".",
  "entry-removed-gone": "De invoerregels van de invoegtoepassing stonden niet meer op \"{sheet}\"; verder is niets aangeraakt.",
  "entry-none": "Deze werkmap heeft geen invoerbeveiliging van de invoegtoepassing.",
  "entry-sheet-gone": "Het werkblad met de invoerbeveiliging staat niet meer in de werkmap, en de regels zijn ermee verdwenen.",
  "entry-earlier-protected": "De eerdere invoerregels van de invoegtoepassing staan op \"{sheet}\", dat beveiligd is, en de invoerbeveiliging zou ze daar weghalen. Hef de beveiliging van \"{sheet}\" op (Controleren › Beveiliging blad opheffen) en probeer het opnieuw.",
  "entry-earlier-moved": "De eerdere invoerregels zijn verwijderd van {ranges} op \"{sheet}\": de invoegtoepassing beveiligt één werkblad tegelijk.",
};
