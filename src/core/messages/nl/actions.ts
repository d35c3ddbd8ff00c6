import type { Translation } from "../translation";

/** NL words for en/actions.ts. */
export const ACTIONS: Translation = {
  "action-no-inventory":
    "Geen voorraadlijst gevonden op werkblad \"{sheet}\": geen koprij bevat zowel een aantalkolom als een voorraadcodekolom.",

  "action-nothing-to-fix": "Niets meer te corrigeren ({what}). Controleer opnieuw.",
  "action-could-not-fix": "Kan {what} niet corrigeren.",
  "action-fixed":
    "{issues, plural, one {# probleem} other {# problemen}} gecorrigeerd ({cells, plural, one {# cel} other {# cellen}} gewijzigd){left, plural, =0 {} one {; # rij ongewijzigd gelaten} other {; # rijen ongewijzigd gelaten}}.",
  "action-prefix-invalid": "Het voorvoegsel \"{prefix}\" kan niet worden gebruikt: {problems}.",
  "action-no-rows-without-codes": "Alle rijen hebben al codes: er valt niets te genereren.",
  "action-generated": "{count, plural, one {# code} other {# codes}} gegenereerd (vanaf {first}).",
  "action-undo-label-fix": "de correctie",
  "action-undo-label-generate-codes": "het genereren van codes",

  "action-select-rows-to-serialize": "Selecteer de rijen die u per stuk wilt uitsplitsen (rijen met een aantal groter dan 1).",
  "action-none-serializable": "Geen van de geselecteerde rijen kan per stuk worden uitgesplitst.",
  "action-serialized":
    "{rows, plural, one {# rij} other {# rijen}} per stuk uitgesplitst in {units, plural, one {# rij} other {# rijen}} ({added, plural, one {# nieuwe rij} other {# nieuwe rijen}}){refused, plural, =0 {} one {; # rij geweigerd} other {; # rijen geweigerd}}{skipped, plural, =0 {} other {{refused, plural, =0 {; } other {, }}{skipped, plural, one {# rij was} other {# rijen waren}} al uitgesplitst}}.",

  "action-cannot-merge": "De geselecteerde rijen kunnen niet worden samengevoegd.",
  "action-select-rows-to-merge": "Selecteer twee of meer rijen die in alle kolommen overeenkomen, behalve aantal, codes en bedragen.",
  "action-merged":
    "{rows, plural, one {# rij} other {# rijen}} samengevoegd tot {into, plural, one {# rij} other {# rijen}}{refused, plural, =0 {} one {; # rij niet samengevoegd} other {; # rijen niet samengevoegd}}.",

  "action-summary-written":
    "Werkblad \"{sheet}\" {replaced, select, yes {bijgewerkt} other {gemaakt}}: {categories, plural, one {# categorie} other {# categorieën}}, {counted, plural, one {# rij} other {# rijen}} geteld, {excluded, plural, one {# rij} other {# rijen}} uitgesloten.",
  "action-clear-filter":
    "Een filter op werkblad \"{sheet}\" verbergt rijen, en Excel kan onder een filter geen rijen invoegen of verwijderen zonder verborgen rijen te verplaatsen: wis eerst het filter (Gegevens, Wissen) en probeer het dan opnieuw.",
  "action-summary-replaced-no-undo": "Excel kan het vervangen van een overzicht niet ongedaan maken (ook niet met Ctrl+Z); maak het overzicht opnieuw om het bij te werken.",
  // results in the pane's language
  "action-formulas-as-values": "{count, plural, one {# formule is een waarde geworden.} other {# formules zijn waarden geworden.}}",
};
