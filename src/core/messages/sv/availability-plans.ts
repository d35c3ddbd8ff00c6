import type { Translation } from "../translation";

/** SV words for en/availability-plans.ts. */
export const AVAILABILITY_PLANS: Translation = {
  "plan-available-unreadable":
    "rad {row}: {cell} ska ange hur många av radens enheter som är tillgängliga, ett heltal från 0 till {quantity}, inte {value}",
  "plan-status-differs":
    "rad {row} skiljer sig från rad {other} bara i \"{column}\" ({word}, {otherWord}): rader slås samman bara när deras status är densamma, om du inte väljer att slå samman dem och behålla antalet tillgängliga enheter i \"{available}\"",
  "plan-status-differs-no-available":
    "rad {row} skiljer sig från rad {other} bara i \"{column}\" ({word}, {otherWord}): rader med olika status kan slås samman bara när kalkylbladet har en kolumn för tillgängligt antal som behåller antalet tillgängliga enheter",
  "plan-status-mixed":
    "enheterna som inte är tillgängliga har {count} olika statusar i \"{column}\" ({words}): en sammanslagen rad kan bara ha en status, så raderna slås inte samman",
  "plan-status-word":
    "{word}",
};
