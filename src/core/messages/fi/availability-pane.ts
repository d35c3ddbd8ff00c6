import type { Translation } from "../translation";

/** FI words for en/availability-pane.ts. */
export const AVAILABILITY_PANE: Translation = {
  "availability-pane-role-status": "Tila",
  "availability-pane-role-available": "Vapaana oleva määrä",
  "availability-pane-role-purchase": "Hankinta-arvo",
  "availability-pane-class-available": "Vapaana",
  "availability-pane-class-out": "Käytössä",
  "availability-pane-class-unavailable": "Ei käytettävissä",
  "availability-pane-class-unknown": "luokittelematon, lasketaan ei käytettävissä olevaksi",
  "availability-pane-status-map": "Tilasanat",
  "availability-pane-status-map-help":
    "Yksikkö lasketaan vapaaksi, käytössä olevaksi tai ei käytettävissä olevaksi sen tilasarakkeen sanan mukaan. Lisää taulukkosi sanat, joita Inventory Rows ei tunne, tai muuta sitä, miten sana lasketaan.",
  "availability-pane-status-known": "Tunnetaan jo luokassa {class}: {words}",
  "availability-pane-status-word": "Tilasana {number}",
  "availability-pane-status-class": "Lasketaan luokkaan",
  "availability-pane-status-add": "Lisää tilasana",
  "availability-pane-status-remove": "Poista tilasana {number}",
  "availability-pane-status-empty": "Kirjoita tilasana tai poista tämä",
  "availability-pane-status-twice": "{word} on luettelossa kahdesti: jätä yksi",
  "availability-pane-status-too-long": "Tilasanassa voi olla enintään 255 merkkiä",
  "availability-pane-status-too-many": "Enintään 500 tilasanaa",
  "availability-pane-status-map-wrong": "Korjaa alla merkityt tilasanat",
  "availability-pane-merge-group": "Rivit, jotka eroavat vain tilaltaan",
  "availability-pane-merge-refused":
    "{count, plural, one {# rivi eroaa} other {# riviä eroaa}} muista vain tilaltaan: ne jätetään ennalleen.",
  "availability-pane-merge-keep-counts": "Yhdistä ja säilytä tilakohtaiset määrät vapaana-sarakkeessa",
  "availability-pane-merge-chosen": "Vain tilaltaan eroavat rivit yhdistetään; vapaana-sarake kertoo, montako niiden yksiköistä on vapaana.",
  "availability-pane-merge-leave": "Jätä ne ennalleen",
  "availability-pane-find-status": "Tila: {status} ({class})",
  "availability-pane-find-status-empty": "Tila: tyhjä",
};
