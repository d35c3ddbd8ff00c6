import type { Translation } from "../translation";

/** SV words for en/entry-rules.ts. */
export const ENTRY_RULES: Translation = {
  "entry-quantity-prompt-title": "Antal",
  "entry-quantity-prompt": "Skriv ett heltal, 1 eller mer: hur många enheter raden står för.",
  "entry-quantity-error-title": "Inte ett antal",
  "entry-quantity-error": "Antalet måste vara ett heltal på 1 eller mer, till exempel 1 eller 12.",
  "entry-codes-prompt-title": "Lagerkoder",
  "entry-codes-prompt": "En kod, eller flera åtskilda med kommatecken: A1, A2.",
  "entry-codes-error-title": "Koderna godtas inte",
  "entry-codes-error": "Skilj koderna åt med kommatecken (inte ;) och lämna ingen kod tom: A1, A2 i stället för A1,,A2 eller A1;A2.",
  "entry-code-prompt": "En lagerkod, så som den står på artikeln.",
  "entry-code-error": "Lagerkoden får inte vara tom.",
  "entry-protected": "Excel kontrollerar nu det som skrivs i {ranges} på \"{sheet}\".",
  "entry-pasting": "Excel kontrollerar inte inklistrade celler: kontrollera bladet efter att du har klistrat in.",
  "entry-needs-api": "Skydda inmatning kräver dataverifiering (ExcelApi 1.8), som den här versionen av Excel saknar.",
  "entry-user-rules": "De här cellerna har redan dataverifiering som inte är tilläggets, och Skydda inmatning ersätter den aldrig: {cells}.",
  "entry-removed": "Inmatningsskyddet togs bort från {ranges} på \"{sheet}\".",
  "entry-removed-gone": "Tilläggets inmatningsregler fanns inte längre på \"{sheet}\"; inget annat rördes.",
  "entry-none": "Den här arbetsboken har inget inmatningsskydd från tillägget.",
  "entry-sheet-gone": "Kalkylbladet som hade inmatningsskydd finns inte längre i arbetsboken, och reglerna försvann med det.",
  "entry-earlier-protected": "Tilläggets tidigare inmatningsregler finns på \"{sheet}\", som är skyddat, och inmatningsskyddet skulle ta bort dem därifrån. Ta bort skyddet för \"{sheet}\" (Granska › Ta bort skydd för blad) och försök igen.",
  "entry-earlier-moved": "De tidigare inmatningsreglerna togs bort från {ranges} på \"{sheet}\": tillägget skyddar ett kalkylblad i taget.",
};
