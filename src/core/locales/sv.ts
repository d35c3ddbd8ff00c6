/** Swedish headers. */
import type { Catalogue } from "./catalogue";

export const SV: Catalogue = {
  quantity: ["Antal", "Kvantitet", "Styck", "Lagersaldo", "Saldo", "Mängd"],
  codes: ["Artikelnummer", "Serienummer", "Streckkod", "Art.nr", "Serienr", "Streckkoder", "Kod", "Koder", "Lagerkod",
    "Artikelkod", "Inventarienummer"],
  category: ["Kategori", "Varugrupp", "Grupp", "Typ", "Produktgrupp"],
  name: ["Namn", "Benämning", "Artikel", "Produkt", "Beskrivning", "Artikelnamn"],
  income: ["Intäkter", "Intäkt", "Försäljning", "Hyresintäkter", "Inkomst", "Inkomster"],
  expense: ["Kostnader", "Kostnad", "Utgifter", "Utgift", "Underhållskostnad"],
  status: ["Status", "Tillstånd", "Tillgänglighet"],
  available: ["Tillgängligt", "Tillgänglig", "Tillgängliga", "Lediga", "Antal tillgängliga"],
  purchase: ["Inköpspris", "Inköpskostnad", "Anskaffningsvärde", "Anskaffningskostnad"],
};
