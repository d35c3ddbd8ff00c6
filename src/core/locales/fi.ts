/** Finnish headers. */
import type { Catalogue } from "./catalogue";

export const FI: Catalogue = {
  quantity: ["Määrä", "Kpl", "Lukumäärä", "Kappalemäärä", "Saldo", "Varastosaldo"],
  codes: ["Varastokoodi", "Sarjanumero", "Viivakoodi", "Varastokoodit", "Sarjanumerot", "Viivakoodit", "Koodi", "Koodit",
    "Tuotekoodi", "Tuotenumero", "Inventaarionumero"],
  category: ["Kategoria", "Tuoteryhmä", "Ryhmä", "Luokka", "Tyyppi", "Laji"],
  name: ["Nimi", "Tuote", "Nimike", "Tuotenimi", "Kuvaus"],
  income: ["Tulot", "Tuotot", "Myynti", "Vuokratulot"],
  expense: ["Kulut", "Menot", "Kustannukset", "Huoltokulut"],
  status: ["Tila", "Saatavuus", "Vuokratila"],
  available: ["Vapaana", "Saatavilla", "Käytettävissä", "Vapaat"],
  purchase: ["Hankintahinta", "Hankintakulut", "Hankinta-arvo", "Ostohinta", "Hankintameno"],
};
