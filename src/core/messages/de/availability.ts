import type { Translation } from "../translation";

const IN_LOCALE = "{locale, select, none {} other {in {locale} }}";
const READ_IN_LOCALE = "{locale, select, none {} other { (in {locale} gelesen als {read})}}";

/** DE words for en/availability.ts. */
export const AVAILABILITY: Translation = {
  "rule-title-status-unknown": "Status nicht zugeordnet",
  "rule-title-available-not-a-number": "Verfügbar ist keine Zahl",
  "rule-title-available-as-text": "Verfügbar als Text gespeichert",
  "rule-title-available-not-whole": "Verfügbar ist keine ganze Zahl",
  "rule-title-available-below-zero": "Verfügbar kleiner als 0",
  "rule-title-available-more-than-quantity": "Verfügbar größer als Menge",
  "settings-not-a-status-class": "{where}: muss available, out oder unavailable sein",
  "issue-status-unknown":
    "{cell}: Der Status {word} gehört zu keiner der Klassen verfügbar (available), ausgegeben (out) und nicht verfügbar (unavailable), " +
    "daher zählen seine Stück als nicht verfügbar; ordnen Sie das Wort in den Einstellungen (Statuswörter) " +
    "oder mit --status-map in der Befehlszeile einer Klasse zu",
  "issue-available-not-a-number": `{cell}: Verfügbar {value} ist ${IN_LOCALE}keine Zahl`,
  "issue-available-as-text": `{cell}: Verfügbar {value} ist als Text gespeichert${READ_IN_LOCALE}`,
  "issue-available-not-whole": "{cell}: Verfügbar {value} ist keine ganze Zahl",
  "issue-available-below-zero": "{cell}: Verfügbar {value} ist kleiner als 0",
  "issue-available-more-than-quantity": "{cell}: Verfügbar {available} ist größer als die Menge {quantity}",
  "issue-purchase-not-a-number": `{cell}: Der Anschaffungswert {value} ist ${IN_LOCALE}keine Zahl`,
  "issue-purchase-too-large":
    "{cell}: Der Anschaffungswert {value} ist zu groß, um exakt addiert zu werden " +
    "(der größtmögliche ist {decimals, plural, =0 {{whole, number}} other {{whole, number},{fraction}}})",
  "issue-purchase-as-text": `{cell}: Der Anschaffungswert {value} ist als Text gespeichert${READ_IN_LOCALE}`,
  "issue-purchase-negative": "{cell}: Der Anschaffungswert {value} ist negativ",
  "issue-purchase-precision":
    "{cell}: Der Anschaffungswert {value} hat {decimals, plural, =0 {Dezimalstellen, obwohl die Währung keine hat} one {mehr als eine Dezimalstelle} other {mehr als # Dezimalstellen}}",
  "note-status-unknown":
    "{count, plural, one {# Zeile hat einen Status, den niemand zugeordnet hat; ihre Stück zählen als nicht verfügbar} " +
    "other {# Zeilen haben einen Status, den niemand zugeordnet hat; ihre Stück zählen als nicht verfügbar}}",
  "note-availability-empty":
    "{count, plural, one {# Zeile hat weder einen Status noch eine verfügbare Anzahl; ihre Stück zählen als verfügbar} " +
    "other {# Zeilen haben weder einen Status noch eine verfügbare Anzahl; ihre Stück zählen als verfügbar}}",
};
