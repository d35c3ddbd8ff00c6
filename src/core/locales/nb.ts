/** Norwegian (Bokmål) headers. */
import type { Catalogue } from "./catalogue";

export const NB: Catalogue = {
  quantity: ["Antall", "Mengde", "Stk.", "Beholdning", "Lagerbeholdning"],
  codes: ["Varenummer", "Serienummer", "Strekkode", "Varenr.", "Strekkoder", "Kode", "Koder", "Artikkelnummer", "Lagerkode"],
  category: ["Kategori", "Varegruppe", "Gruppe", "Type", "Produktgruppe"],
  name: ["Navn", "Vare", "Varenavn", "Produkt", "Beskrivelse", "Artikkel"],
  income: ["Inntekter", "Inntekt", "Salg", "Omsetning", "Leieinntekter"],
  expense: ["Kostnader", "Kostnad", "Utgifter", "Utgift", "Vedlikeholdskostnad", "Innkjøpskostnad"],
  status: [],
  available: [],
  purchase: [],
};
