/** German headers. */
import type { Catalogue } from "./catalogue";

export const DE: Catalogue = {
  quantity: ["Menge", "Anzahl", "Stk.", "Stück", "Stückzahl", "Bestand", "Lagerbestand"],
  codes: ["Inventarnummer", "Seriennummer", "Barcode", "Seriennummern", "Barcodes", "Strichcode", "Artikelnummer", "Art.-Nr.",
    "Lagercode"],
  category: ["Kategorie", "Warengruppe", "Gruppe", "Typ", "Art", "Produktgruppe"],
  name: ["Artikel", "Bezeichnung", "Name", "Produkt", "Beschreibung", "Artikelbezeichnung"],
  income: ["Einnahmen", "Umsatz", "Erlöse", "Erlös", "Mieteinnahmen", "Verkauf"],
  expense: ["Ausgaben", "Kosten", "Aufwand", "Wartungskosten"],
  status: ["Status", "Zustand", "Verfügbarkeit", "Mietstatus"],
  available: ["Verfügbar", "Verfügbare Menge", "Verfügbarer Bestand"],
  purchase: ["Anschaffungskosten", "Einkaufspreis", "Anschaffungswert", "Anschaffungspreis", "Kaufpreis", "Einkaufskosten"],
};
