/** Polish headers. */
import type { Catalogue } from "./catalogue";

export const PL: Catalogue = {
  quantity: ["Ilość", "Liczba", "Szt.", "Sztuki", "Stan", "Stan magazynowy"],
  codes: ["Kod", "Numer seryjny", "Kod kreskowy", "Kody", "Numery seryjne", "Kody kreskowe", "Kod towaru", "Numer inwentarzowy",
    "Indeks"],
  category: ["Kategoria", "Grupa", "Typ", "Rodzaj", "Grupa towarowa"],
  name: ["Nazwa", "Towar", "Produkt", "Opis", "Nazwa towaru"],
  income: ["Przychód", "Przychody", "Sprzedaż", "Wpływy"],
  expense: ["Koszty", "Koszt", "Wydatki", "Rozchody"],
  status: ["Status", "Dostępność"],
  available: ["Dostępne", "Dostępna ilość", "Ilość dostępna"],
  purchase: ["Cena zakupu", "Wartość zakupu", "Koszt zakupu", "Wartość początkowa"],
};
