import type { Translation } from "../translation";

/** FI words for en/availability-plans.ts. */
export const AVAILABILITY_PLANS: Translation = {
  "plan-available-unreadable":
    "rivi {row}: solussa {cell} pitäisi olla, montako rivin yksiköistä on vapaana, kokonaisluku väliltä 0–{quantity}, ei {value}",
  "plan-status-differs":
    "rivi {row} eroaa rivistä {other} vain sarakkeessa \"{column}\" ({word}, {otherWord}): rivit yhdistetään vain, kun niiden tila on sama, ellet valitse yhdistämistä niin, että vapaana olevien yksiköiden määrä säilyy sarakkeessa \"{available}\"",
  "plan-status-differs-no-available":
    "rivi {row} eroaa rivistä {other} vain sarakkeessa \"{column}\" ({word}, {otherWord}): eri tilassa olevia rivejä voi yhdistää vain, jos laskentataulukossa on vapaana olevien yksiköiden sarake, johon niiden määrä säilyy",
  "plan-status-mixed":
    "yksiköillä, jotka eivät ole vapaana, on sarakkeessa \"{column}\" {count} eri tilaa ({words}): yhdistetyllä rivillä voi olla vain yksi tila, joten rivejä ei yhdistetä",
  "plan-status-word":
    "{word}",
};
