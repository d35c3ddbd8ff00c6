import type { Translation } from "../translation";

/** NL words for en/availability-plans.ts. */
export const AVAILABILITY_PLANS: Translation = {
  "plan-available-unreadable":
    "rij {row}: {cell} moet aangeven hoeveel stuks van de rij beschikbaar zijn, een geheel getal van 0 tot en met {quantity}, niet {value}",
  "plan-status-differs":
    "rij {row} verschilt van rij {other} alleen in \"{column}\" ({word}, {otherWord}): rijen worden alleen samengevoegd als hun status overeenkomt, tenzij u kiest om ze samen te voegen en het aantal beschikbare stuks in \"{available}\" bij te houden",
  "plan-status-differs-no-available":
    "rij {row} verschilt van rij {other} alleen in \"{column}\" ({word}, {otherWord}): rijen met een verschillende status kunnen alleen worden samengevoegd als het werkblad een kolom voor het beschikbare aantal heeft die het aantal beschikbare stuks bijhoudt",
  "plan-status-mixed":
    "de stuks die niet beschikbaar zijn hebben {count} verschillende statussen in \"{column}\" ({words}): een samengevoegde rij kan maar één status bevatten, dus de rijen worden niet samengevoegd",
  "plan-status-word":
    "{word}",
};
