import type { Translation } from "../translation";

/** SV words for en/actions.ts. */
export const ACTIONS: Translation = {
  "action-no-inventory":
    "Ingen lagerlista hittades på kalkylbladet \"{sheet}\": ingen rubrikrad har både en antalskolumn och en lagerkodskolumn.",

  "action-nothing-to-fix": "Inget att åtgärda: {what} finns inte längre. Kontrollera igen.",
  "action-could-not-fix": "Det gick inte att åtgärda {what}.",
  "action-fixed":
    "Åtgärdade {issues, plural, one {# problem} other {# problem}} ({cells, plural, one {# cell ändrad} other {# celler ändrade}}){left, plural, =0 {} one {; # rad lämnades som den var} other {; # rader lämnades som de var}}.",
  "action-prefix-invalid": "Prefixet \"{prefix}\" kan inte användas: {problems}.",
  "action-no-rows-without-codes": "Alla rader har redan koder: inget att generera.",
  "action-generated": "Genererade {count, plural, one {# kod} other {# koder}} (från {first}).",
  "action-undo-label-fix": "åtgärden",
  "action-undo-label-generate-codes": "genereringen av koder",

  "action-select-rows-to-serialize": "Markera de rader som ska delas upp per enhet (rader med ett antal över 1).",
  "action-none-serializable": "Ingen av de markerade raderna kan delas upp per enhet.",
  "action-serialized":
    "Delade upp {rows, plural, one {# rad} other {# rader}} i {units, plural, one {# rad} other {# rader}} ({added, plural, one {# ny rad} other {# nya rader}}){refused, plural, =0 {} one {; # rad avvisades} other {; # rader avvisades}}{skipped, plural, =0 {} other {{refused, plural, =0 {; } other {, }}{skipped, plural, one {# rad var redan uppdelad} other {# rader var redan uppdelade}}}}.",

  "action-cannot-merge": "De markerade raderna kan inte slås samman.",
  "action-select-rows-to-merge": "Markera två eller fler rader som stämmer överens i alla kolumner utom antal, koder och belopp.",
  "action-merged":
    "Slog samman {rows, plural, one {# rad} other {# rader}} till {into, plural, one {# rad} other {# rader}}{refused, plural, =0 {} one {; # rad slogs inte samman} other {; # rader slogs inte samman}}.",

  "action-summary-written":
    "{replaced, select, yes {Uppdaterade} other {Skapade}} kalkylbladet \"{sheet}\": {categories, plural, one {# kategori} other {# kategorier}}, {counted, plural, one {# rad} other {# rader}} räknade, {excluded, plural, one {# rad} other {# rader}} uteslutna.",
  "action-clear-filter":
    "Ett filter på kalkylbladet \"{sheet}\" döljer rader, och Excel kan inte infoga eller ta bort rader under ett filter utan att flytta dolda rader: rensa filtret först (Data, Rensa) och försök sedan igen.",
  "action-summary-replaced-no-undo": "Excel kan inte ångra att en sammanfattning ersätts (inte heller med Ctrl+Z); kör sammanfattningen igen för att uppdatera den.",
  // results in the pane's language
  "action-formulas-as-values": "{count, plural, one {# formel blev ett värde.} other {# formler blev värden.}}",
};
