import type { Translation } from "../translation";

/** FI words for en/live.ts. */
export const LIVE: Translation = {
  "live-checked-in-full": "Koko laskentataulukko tarkistettiin uudelleen: {reason}",
  "live-full-no-address": "Excel ei kertonut, mitkä solut muuttuivat.",
  "live-full-several-areas": "muutos koski useaa erillistä aluetta.",
  "live-full-structure": "sarakkeita tai soluja lisättiin tai poistettiin.",
  "live-full-outside-columns": "muutos ulottui taulukon sarakkeiden ulkopuolelle.",
  "live-full-header": "muutos koski otsikkoriviä tai sen yläpuolisia rivejä.",
  "live-full-too-many-rows": "rivejä muuttui liian monta, jotta vain ne olisi voitu lukea.",
  "live-full-changed-during-read": "rivejä lisättiin tai poistettiin laskentataulukon lukemisen aikana.",
  "live-full-shape": "laskentataulukon käytetty alue muuttui tavalla, jota muokkaus ei selitä.",
  "live-full-settings": "asetukset tai Excelin lukumuoto muuttuivat.",
  "live-full-index": "taulukon otsikot tai sarakkeet muuttuivat.",
};
