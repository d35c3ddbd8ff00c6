import type { Translation } from "../translation";

const IN_LOCALE = "{locale, select, none {} other { in {locale}}}";
const READ_IN_LOCALE = "{locale, select, none {} other { (gelezen als {read} in {locale})}}";

/** NL words for en/availability.ts. */
export const AVAILABILITY: Translation = {
  "rule-title-status-unknown": "Status niet ingedeeld",
  "rule-title-available-not-a-number": "Beschikbaar is geen getal",
  "rule-title-available-as-text": "Beschikbaar opgeslagen als tekst",
  "rule-title-available-not-whole": "Beschikbaar is geen geheel getal",
  "rule-title-available-below-zero": "Beschikbaar kleiner dan 0",
  "rule-title-available-more-than-quantity": "Beschikbaar groter dan aantal",
  "settings-not-a-status-class": "{where}: moet available, out of unavailable zijn",
  "issue-status-unknown":
    "{cell}: status {word} hoort bij geen van de klassen beschikbaar (available), uitgegeven (out) en niet beschikbaar (unavailable), " +
    "dus de stuks tellen als niet beschikbaar; deel het woord in bij de instellingen (statuswoorden) of met --status-map op de opdrachtregel",
  "issue-available-not-a-number": `{cell}: beschikbaar {value} is geen getal${IN_LOCALE}`,
  "issue-available-as-text": `{cell}: beschikbaar {value} is opgeslagen als tekst${READ_IN_LOCALE}`,
  "issue-available-not-whole": "{cell}: beschikbaar {value} is geen geheel getal",
  "issue-available-below-zero": "{cell}: beschikbaar {value} is kleiner dan 0",
  "issue-available-more-than-quantity": "{cell}: beschikbaar {available} is groter dan het aantal {quantity}",
  "issue-purchase-not-a-number": `{cell}: aankoopwaarde {value} is geen getal${IN_LOCALE}`,
  "issue-purchase-too-large":
    "{cell}: aankoopwaarde {value} is te groot om exact op te tellen " +
    "(het grootste mogelijke is {decimals, plural, =0 {{whole, number}} other {{whole, number},{fraction}}})",
  "issue-purchase-as-text": `{cell}: aankoopwaarde {value} is opgeslagen als tekst${READ_IN_LOCALE}`,
  "issue-purchase-negative": "{cell}: aankoopwaarde {value} is negatief",
  "issue-purchase-precision": "{cell}: aankoopwaarde {value} heeft meer dan {decimals, plural, one {# decimaal} other {# decimalen}}",
  "note-status-unknown":
    "{count, plural, one {# rij heeft een status die niemand heeft ingedeeld; de stuks ervan tellen als niet beschikbaar} " +
    "other {# rijen hebben een status die niemand heeft ingedeeld; de stuks ervan tellen als niet beschikbaar}}",
  "note-availability-empty":
    "{count, plural, one {# rij heeft geen status en geen beschikbaar aantal; de stuks ervan tellen als beschikbaar} " +
    "other {# rijen hebben geen status en geen beschikbaar aantal; de stuks ervan tellen als beschikbaar}}",
};
