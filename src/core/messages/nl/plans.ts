import type { Translation } from "../translation";

/** NL words for en/plans.ts. */
export const PLANS: Translation = {
  "plan-no-table": "er is geen voorraadlijst gevonden (geen koprij met aantal en voorraadcodes)",
  "plan-header-row": "dit is de koprij",
  "plan-above-table": "deze rij staat boven de voorraadlijst",
  "plan-blank-row": "de rij is leeg",
  "plan-outside-table": "de rij hoort niet bij de voorraadlijst",
  "plan-header-problem": "de voorraadlijst heeft een probleem met de kolomkoppen: {problem}",
  "plan-row-has-errors": "de rij bevat fouten",
  "plan-row-errors":
    "de rij heeft {count, plural, one {een fout: {first}} =2 {# fouten: {first}; {second}} other {# fouten: {first}; {second}; …}}",
  "plan-column-number": "kolom {column}",
  "plan-column-header": "{header}",

  "plan-already-serialized": "al uitgesplitst (aantal 1)",
  "plan-fix-codes-first": "corrigeer eerst de codelijst: {issue}",
  "plan-codes-over-quantity":
    "rij {row} heeft {codes, plural, one {# code} other {# codes}} voor aantal {quantity}: bij het uitsplitsen zouden codes verloren gaan; corrigeer eerst het aantal of de codes",
  "plan-codes-too-long":
    "rij {row}: codes op basis van \"{code}{cut, select, yes {…} other {}}\" zouden langer worden dan {max, plural, one {# teken} other {# tekens}}; kort de eerste code in of voeg de ontbrekende codes toe",
  "plan-prefix-codes-too-long":
    "rij {row}: codes op basis van het voorvoegsel \"{prefix}\" met {digits, plural, one {# cijfer} other {# cijfers}} zouden langer worden dan {max, plural, one {# teken} other {# tekens}}; kies een korter voorvoegsel in de instellingen of voer de codes in",
  "plan-split-refused": "rij {row}: \"{column}\" wordt over de nieuwe rijen verdeeld, maar {problem}",
  "plan-split-not-a-number": "bevat geen getal",
  "plan-split-too-large": "{value} is te groot om exact te verdelen",
  "plan-past-last-row":
    "het uitsplitsen vraagt {newRows, plural, one {# nieuwe rij} other {# nieuwe rijen}} en het werkblad zou eindigen op rij {lastRow, number}, voorbij de limiet van Excel van {limit, number}",

  "plan-joined-codes-too-long": "de samengevoegde codes zouden {length, number} tekens lang worden, meer dan de {max, number} die in een Excel-cel passen",
  "plan-sum-refused": "\"{column}\" wordt opgeteld wanneer rijen worden samengevoegd, maar {problem}",
  "plan-sum-not-a-number": "{cell} bevat {value}, geen getal",
  "plan-sum-too-large": "de som is te groot om exact op te tellen",
  "plan-nothing-to-merge": "één rij kan met niets worden samengevoegd; kies ten minste twee rijen die overeenkomen",
  "plan-unit-several-codes":
    "{count, plural, one {rij {rows} is één stuk met meer dan één code} other {# rijen ({rows}) zijn stuks met elk meer dan één code}}: een samengevoegde rij kan niet aangeven welke codes bij welk stuk horen, dus de rijen worden niet samengevoegd",
  "plan-row-differs": "rij {row} verschilt van rij {other} in {columns}: bij samenvoegen {count, plural, one {gaat dit} other {gaan deze}} verloren",

  "plan-no-automatic-fix": "{cell}: voor \"{rule}\" is geen automatische correctie beschikbaar",
  "plan-cell-not-checked": "{cell} hoort niet bij de gecontroleerde waarden",
  "plan-cell-changed": "{cell} bevat niet meer wat de controle heeft gevonden; controleer opnieuw",
  "plan-grid-row": "rij {row}",
  "plan-row-has-codes": "rij {row} heeft al codes",

  "plan-formula-cell": "{cell} bevat {formula}",
  "plan-formulas-refused":
    "{cells}{more, plural, =0 {} one { en nog # formule} other { en nog # formules}}: {action, select, serialize {het uitsplitsen} other {het samenvoegen}} zou {count, plural, one {een waarde over deze formule} other {waarden over deze formules}} schrijven; gebruik hun waarden of wijzig eerst de formules",
  "plan-formulas-outside":
    "{count, plural, one {Een formule elders ({cells}) verwijst} other {# formules elders ({cells}{more, plural, =0 {} other {, …}}) verwijzen}} naar deze rijen: het invoegen of verwijderen van rijen verandert wat {count, plural, one {die optelt} other {die optellen}}.",
  "plan-formulas-as-values": "{count, plural, one {# formule is een waarde geworden} other {# formules zijn waarden geworden}}",
};
