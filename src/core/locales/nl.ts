/** Dutch headers. */
import type { Catalogue } from "./catalogue";

export const NL: Catalogue = {
  quantity: ["Aantal", "Hoeveelheid", "Stuks", "Aantal stuks", "Voorraad"],
  codes: ["Voorraadcodes", "Voorraadcode", "Serienummer", "Serienummers", "Streepjescode", "Barcode", "Artikelnummer",
    "Artikelcode", "Inventarisnummer"],
  category: ["Categorie", "Groep", "Productgroep", "Artikelgroep", "Soort", "Type"],
  name: ["Naam", "Artikel", "Product", "Omschrijving", "Benaming", "Artikelnaam"],
  income: ["Inkomsten", "Omzet", "Opbrengst", "Opbrengsten", "Verkoop", "Huurinkomsten"],
  expense: ["Uitgaven", "Kosten", "Onkosten", "Onderhoudskosten"],
  status: ["Status", "Toestand", "Beschikbaarheid"],
  available: ["Beschikbaar", "Beschikbare hoeveelheid", "Aantal beschikbaar"],
  purchase: ["Aankoopprijs", "Inkoopprijs", "Aanschafwaarde", "Aanschafprijs", "Aankoopwaarde", "Inkoopkosten"],
};
