import type { Translation } from "../translation";

const IN_LOCALE = "{locale, select, none {} other { selon {locale}}}";
const READ_IN_LOCALE = "{locale, select, none {} other { (lu comme {read} selon {locale})}}";

/** FR words for en/availability.ts (a no-break space before : ; ? !). */
export const AVAILABILITY: Translation = {
  "rule-title-status-unknown": "Statut non classé",
  "rule-title-available-not-a-number": "Disponible non numérique",
  "rule-title-available-as-text": "Disponible stocké sous forme de texte",
  "rule-title-available-not-whole": "Disponible non entier",
  "rule-title-available-below-zero": "Disponible inférieur à 0",
  "rule-title-available-more-than-quantity": "Disponible supérieur à la quantité",
  "settings-not-a-status-class": "{where}\u00a0: doit être available, out ou unavailable",
  "issue-status-unknown":
    "{cell}\u00a0: le statut {word} n’appartient à aucune des classes disponible (available), sorti (out) et indisponible (unavailable), " +
    "ses unités comptent donc comme indisponibles\u00a0; classez ce mot dans les paramètres (mots de statut) ou avec --status-map en ligne de commande",
  "issue-available-not-a-number": `{cell}\u00a0: la valeur disponible {value} n’est pas un nombre${IN_LOCALE}`,
  "issue-available-as-text": `{cell}\u00a0: la valeur disponible {value} est stockée sous forme de texte${READ_IN_LOCALE}`,
  "issue-available-not-whole": "{cell}\u00a0: la valeur disponible {value} n’est pas un nombre entier",
  "issue-available-below-zero": "{cell}\u00a0: la valeur disponible {value} est inférieure à 0",
  "issue-available-more-than-quantity": "{cell}\u00a0: la valeur disponible {available} dépasse la quantité {quantity}",
  "issue-purchase-not-a-number": `{cell}\u00a0: la valeur d’achat {value} n’est pas un nombre${IN_LOCALE}`,
  "issue-purchase-too-large":
    "{cell}\u00a0: la valeur d’achat {value} est trop grande pour être additionnée exactement " +
    "(le maximum est {decimals, plural, =0 {{whole, number}} other {{whole, number},{fraction}}})",
  "issue-purchase-as-text": `{cell}\u00a0: la valeur d’achat {value} est stockée sous forme de texte${READ_IN_LOCALE}`,
  "issue-purchase-negative": "{cell}\u00a0: la valeur d’achat {value} est négative",
  "issue-purchase-precision":
    "{cell}\u00a0: la valeur d’achat {value} a {decimals, plural, =0 {des décimales alors que la devise n’en a pas} one {plus d’une décimale} other {plus de # décimales}}",
  "note-status-unknown":
    "{count, plural, one {# ligne a un statut que personne n’a classé\u00a0; ses unités comptent comme indisponibles} " +
    "other {# lignes ont un statut que personne n’a classé\u00a0; leurs unités comptent comme indisponibles}}",
  "note-availability-empty":
    "{count, plural, one {# ligne n’a ni statut ni quantité disponible\u00a0; ses unités comptent comme disponibles} " +
    "other {# lignes n’ont ni statut ni quantité disponible\u00a0; leurs unités comptent comme disponibles}}",
};
