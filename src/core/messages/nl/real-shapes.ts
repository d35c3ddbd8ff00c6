import type { Translation } from "../translation";

/** NL words for en/real-shapes.ts. */
export const REAL_SHAPES: Translation = {
  "issue-quantity-zero": "{cell}: aantal 0: geen stuks (uitverkocht of afgeschreven?)",
  "rule-title-quantity-zero": "Aantal 0: geen stuks",
  "settings-not-each-row-one-unit": "{where}: moet auto, on of off zijn",
  "settings-not-a-rule":
    "{where}: moet een regel-id zijn, zoals codes-number of codes-space (de id's staan in de README onder Muting rules)",
  "note-each-row-one-unit":
    "{why, select, on {Elke rij is als één stuk geteld (volgens de instelling is dit werkblad een register).} other {Geen aantalkolom: elke rij is als één stuk geteld.}}",
  "note-muted-rules":
    "{warnings, plural, =0 {} one {# waarschuwing} other {# waarschuwingen}}{warnings, plural, =0 {} other {{errors, plural, =0 {} other { en }}}}" +
    "{errors, plural, =0 {} one {# fout} other {# fouten}} van gedempte regels niet weergegeven: {rules}" +
    "{errors, plural, =0 {} other {; rijen met een gedempte fout blijven toch buiten het overzicht, het uitsplitsen en het samenvoegen}}.",
  "note-scope-column-missing":
    "Codes moeten uniek zijn binnen \"{column}\", maar geen kolom heeft die kolomkop: er is in het hele werkblad naar dubbele codes gezocht.",
  "summary-stock-value-header": "Voorraadwaarde ({column})",
  "plan-no-units": "geen stuks (aantal 0): niets om uit te splitsen",
  "plan-no-units-to-merge": "geen stuks (aantal 0): een rij zonder stuks wordt niet samengevoegd",
  "plan-no-quantity-column": "het werkblad heeft geen aantalkolom (elke rij is één stuk): er is geen aantalcel om in te schrijven",
  "plan-one-code-per-cell": "codes worden één per cel gelezen (instelling): rijen kunnen niet worden samengevoegd tot één cel met meerdere codes",
};
