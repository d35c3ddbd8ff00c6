/**
 * Built-in status words by language (design.md §28): what an operator writes in a status
 * column, by availability class. Data only; `classifyStatus` (availability.ts) reads every
 * language at once, so a sheet in any of them is classed without settings. The first word of
 * each class is the one serialize writes for that class in that language (`statusWordFor`).
 *
 * A word stands in one class in every language (a test checks it). Grades of a resale export's
 * Condition column (New, Used, Good, Like new …) are `available`: they describe an item on hand.
 * So is Active, an item list's status (Zoho Inventory): the item is offered; Inactive is not.
 * Marketplace grades (Pre-owned, Used - Good, New with tags, Seller refurbished) are available
 * too, but "For parts or not working" is not; a shop's stock statuses (Out of stock, Sold out,
 * Backorder, Discontinued) say no unit is on hand: unavailable.
 */
import type { Language } from "./locales";
import type { CellValue } from "./types";

/** The availability classes (availability.ts re-exports this; defined here so the data imports nothing back). */
export type StatusClass = "available" | "out" | "unavailable";

export type StatusWords = Readonly<Record<StatusClass, readonly string[]>>;

const EN: StatusWords = {
  available: ["Available", "In stock", "Ready", "Free", "Ready to deploy", "Deployable", "Ready to rent", "Returned", "Checked in",
    "On shelf", "Idle", "OK", "New", "Used", "Like new", "Good", "Very good", "Excellent", "Fair", "Poor", "Acceptable",
    "Refurbished", "Open box", "Mint", "Active", "Pre-owned", "Used - Like New", "Used - Very Good", "Used - Good",
    "Used - Acceptable", "New with tags", "New without tags", "New with box", "New without box", "New with defects", "New other",
    "Seller refurbished", "Certified refurbished", "Renewed"],
  out: ["Out", "Rented", "On rent", "Rented out", "Checked out", "Reserved", "Loaned", "On loan", "Lent", "Deployed", "In use",
    "Booked", "Hired", "On hire", "Hired out", "Leased", "Assigned"],
  unavailable: ["Unavailable", "Maintenance", "In maintenance", "Repair", "In repair", "Under repair", "Out for repair", "Broken",
    "Lost", "Stolen", "Lost/Stolen", "Sold", "Retired", "Damaged", "Defective", "Faulty", "Archived", "Undeployable", "Pending",
    "Pending diagnostics", "Out for diagnostics", "Broken - not fixable", "Disposed", "Scrapped", "Written off", "Missing",
    "Out of service", "Not working", "For parts", "For parts or not working", "Quarantine", "Inactive", "Out of stock", "Sold out",
    "Backorder", "Backordered", "On backorder", "Discontinued"],
};

const FI: StatusWords = {
  available: ["Vapaana", "Vapaa", "Saatavilla", "Varastossa", "Valmis", "Käytettävissä", "Palautettu", "Uusi", "Käytetty",
    "Kuin uusi", "Hyvä", "Erinomainen", "Tyydyttävä", "Aktiivinen"],
  out: ["Käytössä", "Vuokralla", "Vuokrattu", "Lainassa", "Lainattu", "Varattu", "Ulkona"],
  unavailable: ["Ei saatavilla", "Huollossa", "Huolto", "Korjauksessa", "Korjattavana", "Rikki", "Rikkinäinen", "Kadonnut",
    "Hukassa", "Varastettu", "Myyty", "Poistettu", "Käytöstä poistettu", "Vaurioitunut", "Viallinen", "Romutettu", "Passiivinen"],
};

const SV: StatusWords = {
  available: ["Tillgänglig", "Ledig", "I lager", "Klar", "Återlämnad", "Ny", "Begagnad", "Som ny", "Gott skick", "Aktiv"],
  out: ["Utlånad", "Uthyrd", "Utlämnad", "Reserverad", "Bokad", "I bruk", "Ute"],
  unavailable: ["Ej tillgänglig", "Underhåll", "På service", "Reparation", "På reparation", "Trasig", "Förlorad", "Borttappad",
    "Försvunnen", "Stulen", "Såld", "Kasserad", "Skadad", "Defekt", "Inaktiv"],
};

const NB: StatusWords = {
  available: ["Tilgjengelig", "Ledig", "På lager", "Klar", "Returnert", "Ny", "Brukt"],
  out: ["Utlånt", "Utleid", "Reservert", "I bruk", "Booket"],
  unavailable: ["Ikke tilgjengelig", "Vedlikehold", "Reparasjon", "Til reparasjon", "Ødelagt", "Defekt", "Tapt", "Mistet",
    "Stjålet", "Solgt", "Kassert", "Skadet"],
};

const DA: StatusWords = {
  available: ["Tilgængelig", "Ledig", "På lager", "Klar", "Returneret", "Ny", "Brugt"],
  out: ["Udlånt", "Udlejet", "Reserveret", "I brug", "Booket"],
  unavailable: ["Ikke tilgængelig", "Vedligeholdelse", "Reparation", "Til reparation", "Ødelagt", "Defekt", "Tabt", "Mistet",
    "Stjålet", "Solgt", "Kasseret", "Beskadiget"],
};

const DE: StatusWords = {
  available: ["Verfügbar", "Frei", "Auf Lager", "Vorrätig", "Bereit", "Einsatzbereit", "Zurückgegeben", "Neu", "Gebraucht",
    "Wie neu", "Gut", "Sehr gut", "Aktiv"],
  out: ["Ausgegeben", "Vermietet", "Verliehen", "Ausgeliehen", "Reserviert", "Gebucht", "Im Einsatz", "Unterwegs"],
  unavailable: ["Nicht verfügbar", "Wartung", "In Wartung", "Reparatur", "In Reparatur", "Defekt", "Kaputt", "Beschädigt",
    "Verloren", "Verschollen", "Gestohlen", "Verkauft", "Ausgemustert", "Außer Betrieb", "Verschrottet", "Inaktiv"],
};

const NL: StatusWords = {
  available: ["Beschikbaar", "Vrij", "Op voorraad", "Gereed", "Klaar", "Ingeleverd", "Teruggebracht", "Nieuw", "Gebruikt",
    "Als nieuw", "Goed", "Zeer goed", "Actief"],
  out: ["Uitgegeven", "Verhuurd", "Uitgeleend", "Geleend", "Gereserveerd", "Geboekt", "In gebruik", "Uit"],
  unavailable: ["Niet beschikbaar", "Onderhoud", "In onderhoud", "Reparatie", "In reparatie", "Kapot", "Defect", "Beschadigd",
    "Verloren", "Kwijt", "Gestolen", "Verkocht", "Afgeschreven", "Buiten gebruik", "Inactief"],
};

const FR: StatusWords = {
  available: ["Disponible", "Libre", "En stock", "Prêt", "Rendu", "Retourné", "Neuf", "Nouveau", "Occasion", "Comme neuf",
    "Bon état", "Très bon état", "Actif"],
  out: ["Sorti", "Loué", "En location", "Prêté", "En prêt", "Emprunté", "Réservé", "Attribué"],
  unavailable: ["Indisponible", "Maintenance", "En maintenance", "Réparation", "En réparation", "Cassé", "En panne",
    "Hors service", "Perdu", "Volé", "Vendu", "Retiré", "Réformé", "Endommagé", "Défectueux", "Mis au rebut", "Inactif"],
};

const ES: StatusWords = {
  available: ["Disponible", "Libre", "En stock", "Listo", "Devuelto", "Nuevo", "Usado", "Como nuevo"],
  out: ["Prestado", "Alquilado", "Reservado", "En uso", "Asignado"],
  unavailable: ["No disponible", "Mantenimiento", "En mantenimiento", "Reparación", "En reparación", "Averiado", "Roto",
    "Perdido", "Robado", "Vendido", "Dado de baja", "Dañado", "Defectuoso"],
};

const IT: StatusWords = {
  available: ["Disponibile", "Libero", "In magazzino", "Pronto", "Restituito", "Nuovo", "Usato", "Come nuovo"],
  out: ["In prestito", "Prestato", "Noleggiato", "A noleggio", "Prenotato", "In uso", "Assegnato"],
  unavailable: ["Non disponibile", "Manutenzione", "In manutenzione", "Riparazione", "In riparazione", "Guasto", "Rotto",
    "Perso", "Smarrito", "Rubato", "Venduto", "Dismesso", "Danneggiato", "Difettoso"],
};

const PT: StatusWords = {
  available: ["Disponível", "Livre", "Em estoque", "Em stock", "Pronto", "Devolvido", "Novo", "Usado"],
  out: ["Emprestado", "Alugado", "Reservado", "Em uso", "Atribuído"],
  unavailable: ["Indisponível", "Manutenção", "Em manutenção", "Reparação", "Em reparação", "Em reparo", "Avariado", "Quebrado",
    "Perdido", "Roubado", "Vendido", "Abatido", "Danificado", "Defeituoso"],
};

const PL: StatusWords = {
  available: ["Dostępny", "Dostępne", "Wolny", "Na stanie", "Gotowy", "Zwrócony", "Nowy", "Używany"],
  out: ["Wydany", "Wypożyczony", "Wynajęty", "Zarezerwowany", "W użyciu"],
  unavailable: ["Niedostępny", "Serwis", "W serwisie", "Naprawa", "W naprawie", "Uszkodzony", "Zepsuty", "Zgubiony",
    "Zaginiony", "Skradziony", "Sprzedany", "Wycofany", "Zezłomowany"],
};

/** Status words of every header-catalogue language. */
export const STATUS_WORDS: Readonly<Record<Language, StatusWords>> = {
  en: EN, fi: FI, sv: SV, nb: NB, da: DA, de: DE, nl: NL, fr: FR, es: ES, it: IT, pt: PT, pl: PL,
};

/**
 * Yes and no as a status or available cell may hold them (a checkbox column, a yes/no list):
 * yes is available, no is not (design.md §28). Booleans TRUE/FALSE read the same.
 */
export const YES_WORDS: readonly string[] = ["Yes", "Y", "True", "Kyllä", "Ja", "Oui", "Sí", "Si", "Sim", "Tak"];
export const NO_WORDS: readonly string[] = ["No", "N", "False", "Ei", "Nej", "Nei", "Nein", "Nee", "Non", "Não", "Nie"];

/**
 * A status word as compared: NFC, hyphens and underscores read as spaces ("Checked-out",
 * "checked_out" and "Checked out" agree), trimmed, inner whitespace collapsed, lower case.
 */
export function statusKey(text: string): string {
  return text.normalize("NFC").replace(/[-_]/g, " ").trim().replace(/\s+/g, " ").toLowerCase();
}

let builtIn: Map<string, StatusClass> | undefined;

/** Every built-in word (by `statusKey`) → its class, yes/no words included; built once. */
export function builtInStatusWords(): ReadonlyMap<string, StatusClass> {
  if (builtIn) return builtIn;
  builtIn = new Map();
  for (const words of Object.values(STATUS_WORDS)) {
    for (const cls of Object.keys(words) as StatusClass[]) for (const word of words[cls]) builtIn.set(statusKey(word), cls);
  }
  for (const word of YES_WORDS) builtIn.set(statusKey(word), "available");
  for (const word of NO_WORDS) builtIn.set(statusKey(word), "unavailable");
  return builtIn;
}

let yesNo: Map<string, boolean> | undefined;

/**
 * An available cell that says all (true) or none (false) of the row's units are available:
 * TRUE/FALSE (an Excel checkbox) or a yes/no word of a catalogue language; else undefined.
 * The check and the planners read it this one way.
 */
export function allOrNone(value: CellValue): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value !== "string") return undefined;
  if (!yesNo) {
    yesNo = new Map();
    for (const w of YES_WORDS) yesNo.set(statusKey(w), true);
    for (const w of NO_WORDS) yesNo.set(statusKey(w), false);
  }
  return yesNo.get(statusKey(value));
}
