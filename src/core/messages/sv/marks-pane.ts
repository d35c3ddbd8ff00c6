import type { Translation } from "../translation";

/** SV words for en/marks-pane.ts. */
export const MARKS_PANE: Translation = {
  "marks-pane-switch": "Markera problem på bladet",
  "marks-pane-on": "På: kontrollen markerar fel i rött och varningar i gult, var och en med en anteckning.",
  "marks-pane-off": "Av: kalkylbladet visar inga markeringar.",
  "marks-pane-marking": "Markerar problem på kalkylbladet",
  "marks-pane-clearing": "Tar bort markeringarna",
  "marks-pane-marked": "{cells, plural, one {# cell markerad} other {# celler markerade}} ({errors} i rött, {warnings} i gult).",
  "marks-pane-notes-kept": "{count, plural, one {# cell behöll din egen anteckning.} other {# celler behöll din egen anteckning.}}",
  "marks-pane-not-marked": "Kalkylbladet markerades inte",
  "marks-pane-actions": "Problem på kalkylbladet",
  "marks-pane-protect": "Skydda inmatning",
  "marks-pane-unprotect": "Ta bort skydd",
  "marks-pane-protect-hint": "Skydda inmatning lägger till dataverifiering i kolumnerna för antal och koder, så att Excel avvisar felaktiga värden redan när de skrivs.",
  "marks-pane-protecting": "Skyddar inmatningen",
  "marks-pane-unprotecting": "Tar bort inmatningsskyddet",
  "marks-pane-export": "Exportera problem",
  "marks-pane-exporting": "Exporterar problem",
  "marks-pane-exported": "{count, plural, one {# problem listat} other {# problem listade}} på kalkylbladet {sheet}.",
  "marks-pane-ribbon-marked": "Problem markerade",
  "marks-pane-ribbon-mark-failed": "Problem markerades inte",
  "marks-pane-ribbon-cleared": "Markeringar borttagna",
  "marks-pane-ribbon-clear-failed": "Markeringar togs inte bort",
};
