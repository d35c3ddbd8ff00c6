/** Norwegian (Bokmål) headers. */
import type { Catalogue } from "./catalogue";

export const NB: Catalogue = {
  quantity: ["Antall", "Mengde", "Stk.", "Beholdning", "Lagerbeholdning"],
  codes: ["Varenummer", "Serienummer", "Strekkode", "Varenr.", "Strekkoder", "Kode", "Koder", "Artikkelnummer", "Lagerkode"],
  category: ["Kategori", "Varegruppe", "Gruppe", "Type", "Produktgruppe"],
  name: ["Navn", "Vare", "Varenavn", "Produkt", "Beskrivelse", "Artikkel"],
  income: ["Inntekter", "Inntekt", "Salg", "Omsetning", "Leieinntekter"],
  expense: ["Kostnader", "Kostnad", "Utgifter", "Utgift", "Vedlikeholdskostnad"],
  status: ["Status", "Tilstand", "Tilgjengelighet"],
  available: ["Tilgjengelig", "Ledig", "Ledige", "Antall tilgjengelig"],
  purchase: ["Innkjøpspris", "Innkjøpskostnad", "Anskaffelseskost", "Anskaffelsesverdi"],
};
