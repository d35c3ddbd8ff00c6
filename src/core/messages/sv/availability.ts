import type { Translation } from "../translation";

const IN_LOCALE = "{locale, select, none {} other { i {locale}}}";
const READ_IN_LOCALE = "{locale, select, none {} other { (tolkas som {read} i {locale})}}";

/** SV words for en/availability.ts. */
export const AVAILABILITY: Translation = {
  "rule-title-status-unknown": "Statusordet är inte klassat",
  "rule-title-available-not-a-number": "Tillgängligt är inte ett tal",
  "rule-title-available-as-text": "Tillgängligt lagrat som text",
  "rule-title-available-not-whole": "Tillgängligt är inte ett heltal",
  "rule-title-available-below-zero": "Tillgängligt under 0",
  "rule-title-available-more-than-quantity": "Tillgängligt större än antalet",
  "settings-not-a-status-class": "{where}: måste vara available, out eller unavailable",
  "issue-status-unknown":
    "{cell}: statusen {word} hör inte till någon av klasserna tillgänglig (available), ute (out) och otillgänglig (unavailable), " +
    "så dess enheter räknas som otillgängliga; ge ordet en klass i inställningarna (statusord) eller med --status-map på kommandoraden",
  "issue-available-not-a-number": `{cell}: tillgängligt {value} är inte ett tal${IN_LOCALE}`,
  "issue-available-as-text": `{cell}: tillgängligt {value} är lagrat som text${READ_IN_LOCALE}`,
  "issue-available-not-whole": "{cell}: tillgängligt {value} är inte ett heltal",
  "issue-available-below-zero": "{cell}: tillgängligt {value} är mindre än 0",
  "issue-available-more-than-quantity": "{cell}: tillgängligt {available} är större än antalet {quantity}",
  "issue-purchase-not-a-number": `{cell}: inköpsvärdet {value} är inte ett tal${IN_LOCALE}`,
  "issue-purchase-too-large":
    "{cell}: inköpsvärdet {value} är för stort för att summeras exakt " +
    "(det största möjliga är {decimals, plural, =0 {{whole, number}} other {{whole, number},{fraction}}})",
  "issue-purchase-as-text": `{cell}: inköpsvärdet {value} är lagrat som text${READ_IN_LOCALE}`,
  "issue-purchase-negative": "{cell}: inköpsvärdet {value} är negativt",
  "issue-purchase-precision": "{cell}: inköpsvärdet {value} har fler än {decimals, plural, one {# decimal} other {# decimaler}}",
  "note-status-unknown":
    "{count, plural, one {# rad har en status som ingen har klassat; dess enheter räknas som otillgängliga} " +
    "other {# rader har en status som ingen har klassat; deras enheter räknas som otillgängliga}}",
  "note-availability-empty":
    "{count, plural, one {# rad har varken status eller antal tillgängliga; dess enheter räknas som tillgängliga} " +
    "other {# rader har varken status eller antal tillgängliga; deras enheter räknas som tillgängliga}}",
};
