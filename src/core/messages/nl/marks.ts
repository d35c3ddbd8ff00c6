import type { Translation } from "../translation";

/** NL words for en/marks.ts. */
export const MARKS: Translation = {
  "excel-step-marks-reading": "Het lezen van de markeringen",
  "excel-step-marks-painting": "Het markeren van de cellen",
  "excel-step-marks-noting": "Het schrijven van de notities",
  "excel-step-marks-saving": "Het opslaan van de markeringen",
  "excel-step-marks-clearing": "Het wissen van de markeringen",
  "excel-step-marks-restoring": "Het terugzetten van de markeringen",
  "marks-done": "Op het werkblad \"{sheet}\" {errors, plural, one {is # cel met een fout} other {zijn # cellen met fouten}} rood gemarkeerd en {warnings, plural, one {# cel met een waarschuwing} other {# cellen met waarschuwingen}} geel.",
  "marks-none": "Geen problemen op \"{sheet}\": er is geen cel gemarkeerd.",
  "marks-user-notes-kept": "{count, plural, one {# gemarkeerde cel had al een notitie: die blijft staan.} other {# gemarkeerde cellen hadden al een notitie: die blijven staan.}}",
  "marks-no-notes": "Deze versie van Excel kan geen notities of opmerkingen toevoegen, dus de cellen zijn zonder gemarkeerd.",
  "marks-needs-api": "Voor het markeren van cellen is een nieuwere versie van Excel nodig (ExcelApi 1.9).",
  "marks-cleared": "De markeringen zijn gewist.",
  "marks-nothing-to-clear": "Er zijn geen markeringen om te wissen.",
  "marks-progress": "Notities schrijven",
  "marks-remark-failed": "De markeringen op het werkblad konden niet worden verplaatst: {reason} Controleer het werkblad opnieuw om het te markeren.",
  "marks-newer-excel": "De markeringen in deze werkmap zijn gemaakt in een nieuwere versie van Excel, met notities die deze versie niet kan lezen. Open de werkmap daar om te markeren of de markeringen te wissen.",
  "marks-notes-capped": "{count, plural, one {# gemarkeerde cel heeft geen notitie: één markering schrijft hoogstens {max, number} notities.} other {# gemarkeerde cellen hebben geen notitie: één markering schrijft hoogstens {max, number} notities.}}",
};
