/** Italian headers. */
import type { Catalogue } from "./catalogue";

export const IT: Catalogue = {
  quantity: ["Quantità", "Q.tà", "Pezzi", "Pz.", "Giacenza", "Numero pezzi", "Unità"],
  codes: ["Codice", "Numero di serie", "Codice a barre", "Codici", "Numeri di serie", "Matricola", "Codice articolo", "Riferimento"],
  category: ["Categoria", "Famiglia", "Gruppo", "Tipo", "Tipologia", "Classe"],
  name: ["Nome", "Articolo", "Prodotto", "Descrizione", "Denominazione"],
  income: ["Entrate", "Ricavi", "Vendite", "Incassi", "Ricavi da noleggio"],
  expense: ["Uscite", "Spese", "Costi", "Costo", "Spese di manutenzione"],
  status: ["Stato", "Disponibilità", "Condizione"],
  available: ["Disponibile", "Disponibili", "Quantità disponibile"],
  purchase: ["Prezzo d'acquisto", "Costo d'acquisto", "Prezzo di acquisto", "Costo di acquisto", "Valore d'acquisto"],
};
