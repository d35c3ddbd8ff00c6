import type { Translation } from "../translation";

/** SV words for en/real-shapes.ts. */
export const REAL_SHAPES: Translation = {
  "issue-quantity-zero": "{cell}: antal 0: inga enheter (slutsåld eller utrangerad?)",
  "rule-title-quantity-zero": "Antal 0: inga enheter",
  "settings-not-each-row-one-unit": "{where}: måste vara auto, on eller off",
  "settings-not-a-rule":
    "{where}: måste vara ett regel-id, till exempel codes-number eller codes-space (id:na finns i README under Muting rules)",
  "note-each-row-one-unit":
    "{why, select, on {Varje rad räknades som en enhet (enligt inställningen är kalkylbladet ett register).} other {Ingen antalskolumn: varje rad räknades som en enhet.}}",
  "note-muted-rules":
    "{warnings, plural, =0 {} one {# varning} other {# varningar}}{warnings, plural, =0 {} other {{errors, plural, =0 {} other { och }}}}" +
    "{errors, plural, =0 {} one {# fel} other {# fel}} från tystade regler visas inte: {rules}" +
    "{errors, plural, =0 {} other {; rader med ett tystat fel utesluts ändå från sammanfattningen, uppdelningen och sammanslagningen}}.",
  "note-scope-column-missing":
    "Koderna ska vara unika inom \"{column}\", men ingen kolumn har den rubriken: dubbletter söktes i hela kalkylbladet.",
  "summary-stock-value-header": "Lagervärde ({column})",
  "plan-no-units": "inga enheter (antal 0): inget att dela upp",
  "plan-no-units-to-merge": "inga enheter (antal 0): en rad utan enheter slås inte samman med andra",
  "plan-no-quantity-column": "kalkylbladet har ingen antalskolumn (varje rad är en enhet): det finns ingen antalscell att skriva i",
  "plan-one-code-per-cell": "koderna läses en per cell (inställning): raderna kan inte slås samman till en cell med flera koder",
};
