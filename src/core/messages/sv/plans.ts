import type { Translation } from "../translation";

/** SV words for en/plans.ts. */
export const PLANS: Translation = {
  "plan-no-table": "ingen lagerlista hittades (ingen rubrikrad med antal och lagerkoder)",
  "plan-header-row": "det här är rubrikraden",
  "plan-above-table": "raden ligger ovanför lagerlistan",
  "plan-blank-row": "raden är tom",
  "plan-outside-table": "raden ingår inte i lagerlistan",
  "plan-header-problem": "lagerlistan har ett rubrikproblem: {problem}",
  "plan-row-has-errors": "raden innehåller fel",
  "plan-row-errors":
    "raden har {count, plural, one {ett fel: {first}} =2 {# fel: {first}; {second}} other {# fel: {first}; {second}; …}}",
  "plan-column-number": "kolumn {column}",
  "plan-column-header": "{header}",

  "plan-already-serialized": "redan uppdelad (antal 1)",
  "plan-fix-codes-first": "åtgärda kodlistan först: {issue}",
  "plan-codes-over-quantity":
    "rad {row} har {codes, plural, one {# kod} other {# koder}} för antalet {quantity}: uppdelningen skulle tappa koder; rätta antalet eller koderna först",
  "plan-codes-too-long":
    "rad {row}: koder som bildas från \"{code}{cut, select, yes {…} other {}}\" skulle bli längre än {max, plural, one {# tecken} other {# tecken}}; korta den första koden eller lägg till de saknade koderna",
  "plan-prefix-codes-too-long":
    "rad {row}: koder som bildas från prefixet \"{prefix}\" med {digits, plural, one {# siffra} other {# siffror}} skulle bli längre än {max, plural, one {# tecken} other {# tecken}}; välj ett kortare prefix i inställningarna eller ange koderna",
  "plan-split-refused": "rad {row}: \"{column}\" fördelas på de nya raderna men {problem}",
  "plan-split-not-a-number": "innehåller inget tal",
  "plan-split-too-large": "{value} är för stort för att fördelas exakt",
  "plan-past-last-row":
    "uppdelningen behöver {newRows, plural, one {# ny rad} other {# nya rader}} och kalkylbladet skulle sluta på rad {lastRow, number}, efter Excels gräns på {limit, number}",

  "plan-joined-codes-too-long": "de sammanfogade koderna skulle bli {length, number} tecken, fler än de {max, number} som ryms i en Excel-cell",
  "plan-sum-refused": "\"{column}\" summeras när rader slås samman, men {problem}",
  "plan-sum-not-a-number": "{cell} innehåller {value}, inte ett tal",
  "plan-sum-too-large": "summan är för stor för att beräknas exakt",
  "plan-nothing-to-merge": "en enskild rad har inget att slås samman med; välj minst två rader som stämmer överens",
  "plan-unit-several-codes":
    "{count, plural, one {rad {rows} är en enhet med mer än en kod} other {# rader ({rows}) är enheter med mer än en kod var}}: en sammanslagen rad kan inte visa vilka koder som hör till vilken enhet, så raderna slås inte samman",
  "plan-row-differs": "rad {row} skiljer sig från rad {other} i {columns}: en sammanslagning skulle förlora {count, plural, one {den} other {dem}}",

  "plan-no-automatic-fix": "{cell}: \"{rule}\" har ingen automatisk åtgärd",
  "plan-cell-not-checked": "{cell} finns inte bland de kontrollerade värdena",
  "plan-cell-changed": "{cell} innehåller inte längre det som kontrollen hittade; kontrollera igen",
  "plan-grid-row": "rad {row}",
  "plan-row-has-codes": "rad {row} har redan koder",

  "plan-formula-cell": "{cell} innehåller {formula}",
  "plan-formulas-refused":
    "{cells}{more, plural, =0 {} one { och # formel till} other { och # formler till}}: {action, select, serialize {uppdelningen} other {sammanslagningen}} skulle skriva {count, plural, one {ett värde över den här formeln} other {värden över de här formlerna}}; använd deras värden eller ändra formlerna först",
  "plan-formulas-outside":
    "{count, plural, one {En formel på annat ställe ({cells}) pekar} other {# formler på andra ställen ({cells}{more, plural, =0 {} other {, …}}) pekar}} in i de här raderna: att infoga eller ta bort rader ändrar vad {count, plural, one {den summerar} other {de summerar}}.",
  "plan-formulas-as-values": "{count, plural, one {# formel blev ett värde} other {# formler blev värden}}",
};
