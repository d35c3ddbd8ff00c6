/**
 * French headers. "Nombre" is a count here and a name in Spanish: a sheet with it is told so
 * (`duplicate-header`) unless the locale or the `languages` setting settles it (design.md §14).
 */
import type { Catalogue } from "./catalogue";

export const FR: Catalogue = {
  quantity: ["Quantité", "Qté", "Nombre", "Unités", "Quantité en stock"],
  codes: ["Code article", "Numéro de série", "Code-barres", "Codes article", "Numéros de série", "N° de série", "Code barre",
    "Numéro d'inventaire"],
  category: ["Catégorie", "Famille", "Groupe", "Type"],
  name: ["Nom", "Désignation", "Article", "Produit", "Libellé", "Description"],
  income: ["Recettes", "Revenus", "Ventes", "Chiffre d'affaires", "Revenus locatifs"],
  expense: ["Dépenses", "Coûts", "Coût", "Frais", "Frais d'entretien"],
  status: ["Statut", "État", "Disponibilité"],
  available: ["Disponible", "Quantité disponible", "Disponibles"],
  purchase: ["Prix d'achat", "Coût d'achat", "Valeur d'achat", "Coût d'acquisition"],
};
