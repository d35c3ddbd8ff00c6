import type { Translation } from "../translation";

/** SV words for en/marks.ts. */
export const MARKS: Translation = {
  "excel-step-marks-reading": "Läsandet av markeringarna",
  "excel-step-marks-painting": "Markerandet av cellerna",
  "excel-step-marks-noting": "Skrivandet av anteckningarna",
  "excel-step-marks-saving": "Sparandet av markeringarna",
  "excel-step-marks-clearing": "Borttagandet av markeringarna",
  "excel-step-marks-restoring": "Återställandet av markeringarna",
  "marks-done": "{errors, plural, one {# cell med fel} other {# celler med fel}} markerades med rött och {warnings, plural, one {# cell med en varning} other {# celler med varningar}} med gult på kalkylbladet \"{sheet}\".",
  "marks-none": "Inga problem på \"{sheet}\": ingen cell markerades.",
  "marks-user-notes-kept": "{count, plural, one {# markerad cell hade redan en anteckning: den behåller sin egen.} other {# markerade celler hade redan en anteckning: de behåller sina egna.}}",
  "marks-no-notes": "Den här versionen av Excel kan inte lägga till anteckningar eller kommentarer, så cellerna markerades utan dem.",
  "marks-needs-api": "Att markera celler kräver en nyare version av Excel (ExcelApi 1.9).",
  "marks-cleared": "Markeringarna är borttagna.",
  "marks-nothing-to-clear": "Det finns inga markeringar att ta bort.",
  "marks-progress": "Skriver anteckningar",
  "marks-remark-failed": "Markeringarna på kalkylbladet kunde inte flyttas: {reason} Kontrollera kalkylbladet igen för att markera det.",
  "marks-newer-excel": "Markeringarna i den här arbetsboken gjordes i en nyare version av Excel, med anteckningar som den här versionen inte kan läsa. Öppna arbetsboken där för att markera kalkylbladet eller rensa markeringarna.",
  "marks-notes-capped": "{count, plural, one {# markerad cell saknar anteckning: en markering skriver högst {max, number} anteckningar.} other {# markerade celler saknar anteckning: en markering skriver högst {max, number} anteckningar.}}",
};
