import type { Translation } from "../translation";

/** NL words for en/availability-pane.ts. */
export const AVAILABILITY_PANE: Translation = {
  "availability-pane-role-status": "Status",
  "availability-pane-role-available": "Aantal beschikbaar",
  "availability-pane-role-purchase": "Aankoopwaarde",
  "availability-pane-class-available": "Beschikbaar",
  "availability-pane-class-out": "Uitgeleend",
  "availability-pane-class-unavailable": "Niet beschikbaar",
  "availability-pane-class-unknown": "niet ingedeeld, telt als niet beschikbaar",
  "availability-pane-status-map": "Statuswoorden",
  "availability-pane-status-map-help":
    "Een stuk telt als beschikbaar, uitgeleend of niet beschikbaar volgens het woord in de statuskolom. Voeg de woorden van uw werkblad toe die Inventory Rows niet kent, of wijzig waarvoor een woord telt.",
  "availability-pane-status-known": "Al bekend als {class}: {words}",
  "availability-pane-status-word": "Statuswoord {number}",
  "availability-pane-status-class": "Telt als",
  "availability-pane-status-add": "Statuswoord toevoegen",
  "availability-pane-status-remove": "Statuswoord {number} verwijderen",
  "availability-pane-status-empty": "Typ het statuswoord of verwijder dit",
  "availability-pane-status-twice": "{word} staat twee keer in de lijst: houd er één",
  "availability-pane-status-too-long": "Een statuswoord heeft maximaal 255 tekens",
  "availability-pane-status-too-many": "Maximaal 500 statuswoorden",
  "availability-pane-status-map-wrong": "Corrigeer de hieronder gemarkeerde statuswoorden",
  "availability-pane-merge-group": "Rijen die alleen in status verschillen",
  "availability-pane-merge-refused":
    "{count, plural, one {# rij verschilt} other {# rijen verschillen}} alleen in status van de andere: ze blijven ongewijzigd.",
  "availability-pane-merge-keep-counts": "Samenvoegen en de aantallen per status in de kolom Beschikbaar bewaren",
  "availability-pane-merge-chosen": "Rijen die alleen in status verschillen, worden samengevoegd; de kolom Beschikbaar bewaart hoeveel van hun stuks beschikbaar zijn.",
  "availability-pane-merge-leave": "Ongewijzigd laten",
  "availability-pane-find-status": "Status: {status} ({class})",
  "availability-pane-find-status-empty": "Status: leeg",
};
