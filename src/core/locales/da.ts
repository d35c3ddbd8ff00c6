/** Danish headers. */
import type { Catalogue } from "./catalogue";

export const DA: Catalogue = {
  quantity: ["Antal", "Mængde", "Stk.", "Styk", "Beholdning", "Lagerbeholdning"],
  codes: ["Varenummer", "Serienummer", "Stregkode", "Varenr.", "Stregkoder", "Kode", "Koder", "Lagerkode", "Artikelnummer"],
  category: ["Kategori", "Varegruppe", "Gruppe", "Type", "Produktgruppe"],
  name: ["Navn", "Vare", "Varenavn", "Produkt", "Beskrivelse", "Betegnelse"],
  income: ["Indtægter", "Indtægt", "Salg", "Omsætning", "Lejeindtægter"],
  expense: ["Udgifter", "Udgift", "Omkostninger", "Omkostning", "Vedligeholdelsesomkostninger"],
  status: ["Status", "Tilstand", "Tilgængelighed"],
  available: ["Tilgængelig", "Ledig", "Ledige", "Antal tilgængelige"],
  purchase: ["Indkøbspris", "Købspris", "Anskaffelsespris", "Anskaffelsesværdi"],
};
