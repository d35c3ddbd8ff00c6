import type { Translation } from "../translation";

/** NL words for en/engine.ts. */

/** Role `{arg}` in one form: quantity, codes, category, name, income, expense. */
const role = (arg: string, forms: readonly [string, string, string, string, string, string, string, string, string]) =>
  `{${arg}, select, quantity {${forms[0]}} codes {${forms[1]}} category {${forms[2]}} name {${forms[3]}} income {${forms[4]}} status {${forms[6]}} available {${forms[7]}} purchase {${forms[8]}} other {${forms[5]}}}`;

const COLUMN = ["aantalkolom", "voorraadcodekolom", "categoriekolom", "naamkolom", "opbrengstkolom", "kostenkolom",
  "statuskolom", "kolom beschikbaar", "aankoopwaardekolom"] as const;

/** A header language in words, from a catalogue code such as `{language}`. */
const language = (arg: string) =>
  `{${arg}, select, en {het Engels} fi {het Fins} sv {het Zweeds} nb {het Noors} da {het Deens} de {het Duits} nl {het Nederlands} fr {het Frans} ` +
  `es {het Spaans} it {het Italiaans} pt {het Portugees} pl {het Pools} other {de taal {${arg}}}}`;

/** One header with two readings in two languages. */
const READINGS = `{cell}: "{header}" geldt in ${language("language")} als de ${role("role", COLUMN)} en in ` +
  `${language("otherLanguage")} als de ${role("otherRole", COLUMN)}`;

const BOTH = `{cell}: "{header}" ({cell}) en "{firstHeader}" ({first}) lijken allebei de ${role("role", COLUMN)} te zijn`;

/** "de waarde 12,5 in de opbrengstkolom": the value, then the column of role `{role}`. */
const VALUE_IN = `de waarde {value} in de ${role("role", COLUMN)}`;

const IN_LOCALE = "{locale, select, none {} other { in {locale}}}";
const READ_IN_LOCALE = "{locale, select, none {} other { (gelezen als {read} in {locale})}}";

const ISSUES: Translation = {
  "issue-no-header":
    "{cell}: geen koprij gevonden in {window, plural, one {de eerste rij} other {de eerste # rijen}}: " +
    "{quantityMapping, select, unmatched {de kolomtoewijzing noemt \"{quantityHeader}\" voor het aantal, maar geen kolomkop heeft die tekst; } other {}}" +
    "{codesMapping, select, unmatched {de kolomtoewijzing noemt \"{codesHeader}\" voor de voorraadcodes, maar geen kolomkop heeft die tekst; } other {}}" +
    "{found, select, " +
    "quantity {rij {row} heeft een aantalkolom (\"{header}\", {at}) maar geen voorraadcodekolom; voeg er een toe of kies die in de kolomtoewijzing} " +
    "codes {rij {row} heeft een voorraadcodekolom (\"{header}\", {at}) maar geen aantalkolom; voeg er een toe of kies die in de kolomtoewijzing} " +
    "listed {geen rij bevat zowel een aantalkolom ({quantityAliases}, …) als een voorraadcodekolom ({codesAliases}, …)} " +
    "other {geen rij bevat zowel een aantalkolom (Quantity, Qty, Count, …) als een voorraadcodekolom (Stock codes, Serial, Asset tag, …)}}",
  "issue-duplicate-header-required":
    `{remedy, select, languages {${READINGS}; kies de rol ervan in de kolomtoewijzing} ` +
    `other {${BOTH}; ` +
    "{remedy, select, rename {geef een van de twee kolomkoppen een andere naam} other {kies er een in de kolomtoewijzing}}}}",
  "issue-duplicate-header-optional":
    `{remedy, select, languages {${READINGS}; de kolom wordt niet gebruikt (kies de rol ervan in de kolomtoewijzing)} ` +
    `locale {${READINGS}; de kolom wordt gelezen als de ${role("role", COLUMN)}, zoals in {locale} (kies een andere in de kolomtoewijzing)} ` +
    `other {${BOTH}; ` +
    "{first} wordt gebruikt ({remedy, select, rename {geef een kolomkop een andere naam om de andere te gebruiken} other {kies een andere in de kolomtoewijzing}})}}",

  "issue-quantity-missing": "{cell}: aantal ontbreekt",
  "issue-quantity-not-a-number": `{cell}: aantal {value} is geen getal${IN_LOCALE}`,
  "issue-quantity-as-text": `{cell}: aantal {value} is opgeslagen als tekst${READ_IN_LOCALE}`,
  "issue-quantity-not-whole": "{cell}: aantal {value} is geen geheel getal",
  "issue-quantity-below-one": "{cell}: aantal {value} is kleiner dan 1",

  "issue-codes-missing": "{cell}: geen voorraadcode",
  "issue-codes-missing-in": "{cell}: geen voorraadcode in {value}",
  "issue-codes-empty-entry": "{cell}: de codelijst {value} bevat een lege vermelding",
  "issue-codes-separator": "{cell}: {value} lijkt op meerdere codes gescheiden door \"{separator}\" in plaats van komma's",
  "issue-codes-separated-by-breaks": "{cell}: {value} lijkt op meerdere codes gescheiden door tabs of regeleinden in plaats van komma's",
  "issue-codes-invisible": "{cell}: een code in {value} bevat onzichtbare tekens of stuurtekens ({character})",
  "issue-codes-space": "{cell}: een code in {value} bevat een spatie: waarschijnlijk twee codes",
  "issue-codes-repeated":
    "{cell}: {count, plural, one {code {first} komt} =2 {codes {first} en {second} komen} other {codes {first}, {second} en {third} komen}} " +
    "meer dan eens voor in deze cel",
  "issue-codes-duplicate":
    "{cell}: code {code} staat ook in {others, plural, one {rij {row1}} =2 {rijen {row1} en {row2}} =3 {rijen {row1}, {row2} en {row3}} " +
    "other {rijen {row1}, {row2}, {row3} en nog {more} andere}}",
  "issue-codes-logical": "{cell}: de code is opgeslagen als de logische waarde {value}, niet als tekst",
  "issue-codes-number": "{cell}: code {code} is opgeslagen als getal: Excel heeft de code mogelijk gewijzigd (voorloopnullen verwijderd of als datum gelezen)",
  "issue-codes-number-rounded":
    "{cell}: code {code} is een getal dat Excel heeft afgerond (weergegeven als {shown}): de echte code is verloren; voer de code opnieuw in als tekst vanuit de bron",
  "issue-codes-scientific":
    "{cell}: code {code} staat in wetenschappelijke notatie: Excel heeft de code omgezet in een afgerond getal en de cijfers zijn verloren; " +
    "voer de code opnieuw in als tekst vanuit de bron",
  "issue-codes-too-long": "{cell}: code {code} is {length} tekens lang, meer dan {max}",
  "issue-codes-more-than-quantity": "{cell}: {codes} codes voor aantal {quantity}",

  "issue-amount-not-a-number": `{cell}: ${VALUE_IN} is geen getal${IN_LOCALE}`,
  "issue-amount-too-large":
    `{cell}: ${VALUE_IN} is te groot om exact op te tellen ` +
    "(het grootste mogelijke is {decimals, plural, =0 {{whole, number}} other {{whole, number},{fraction}}})",
  "issue-amount-as-text": `{cell}: ${VALUE_IN} is opgeslagen als tekst${READ_IN_LOCALE}`,
  "issue-amount-negative": `{cell}: ${VALUE_IN} is negatief`,
  "issue-amount-precision": `{cell}: ${VALUE_IN} heeft meer dan {decimals, plural, one {# decimaal} other {# decimalen}}`,
  "issue-cell-error": `{cell}: de cel in de ${role("role", COLUMN)} bevat de Excel-foutwaarde {value}`,
  "issue-category-missing": "{cell}: categorie ontbreekt",
};

const FIXES: Translation = {
  "fix-convert-to-number": "Converteren naar getal",
  "fix-generate-codes": "Codes genereren",
  "fix-tidy-list": "Lijst opschonen",
  "fix-split-on-separator": "Splitsen in codes",
  "fix-split-on-spaces": "Splitsen bij spaties",
  "fix-remove-invisible": "Onzichtbare tekens verwijderen",
  "fix-remove-repeat": "Herhaling verwijderen",
  "fix-store-as-text": "Opslaan als tekst",
};

const RULE_TITLES: Translation = {
  "rule-title-no-header": "Geen koprij gevonden",
  "rule-title-duplicate-header": "Twee kolommen claimen dezelfde rol",
  "rule-title-quantity-missing": "Aantal ontbreekt",
  "rule-title-quantity-not-a-number": "Aantal is geen getal",
  "rule-title-quantity-not-whole": "Aantal is geen geheel getal",
  "rule-title-quantity-below-one": "Aantal kleiner dan 1",
  "rule-title-quantity-as-text": "Aantal opgeslagen als tekst",
  "rule-title-codes-missing": "Voorraadcodes ontbreken",
  "rule-title-codes-empty-entry": "Lege vermelding in een codelijst",
  "rule-title-codes-separator": "Codes niet gescheiden door komma's",
  "rule-title-codes-space": "Spatie in een code",
  "rule-title-codes-invisible": "Onzichtbare tekens in een code",
  "rule-title-codes-duplicate-in-row": "Dezelfde code twee keer in één cel",
  "rule-title-codes-duplicate": "Code gebruikt in een andere rij",
  "rule-title-codes-number": "Code opgeslagen als getal",
  "rule-title-codes-precision-lost": "Code vernietigd door de getalprecisie van Excel",
  "rule-title-codes-too-long": "Code te lang",
  "rule-title-codes-more-than-quantity": "Meer codes dan het aantal",
  "rule-title-amount-not-a-number": "Bedrag is geen getal of is te groot",
  "rule-title-amount-as-text": "Bedrag opgeslagen als tekst",
  "rule-title-amount-negative": "Negatief bedrag",
  "rule-title-amount-precision": "Meer decimalen dan de valuta heeft",
  "rule-title-cell-error": "Excel-foutwaarde",
  "rule-title-category-missing": "Categorie ontbreekt",
};

const SETTINGS: Translation = {
  "settings-root": "instellingen",
  "settings-unknown": "{where}: onbekende instelling",
  "settings-not-an-object": "{where}: moet een object met benoemde instellingen zijn",
  "settings-not-whole": "{where}: moet een geheel getal zijn",
  "settings-wrong-type": "{where}: moet {expected, select, array {een lijst} string {tekst} number {een getal} boolean {een booleaanse waarde} object {een object} other {van het type {expected}}} zijn",
  "settings-empty": "{where}: mag niet leeg zijn",
  "settings-too-small": "{where}: moet minimaal {minimum} zijn",
  "settings-too-big": "{where}: mag maximaal {maximum} zijn",
  "settings-too-long": "{where}: mag maximaal {maximum, plural, one {# teken} other {# tekens}} lang zijn",
  "settings-too-many": "{where}: mag maximaal {maximum, plural, one {# vermelding} other {# vermeldingen}} bevatten",
  "settings-not-a-cell-address": "{where}: moet een celadres zijn, zoals A1",
  "settings-not-on-the-sheet": "{where}: moet een cel op het werkblad zijn (A1 tot en met {last})",
  "settings-sheet-name-characters": "{where}: mag geen \\ / ? * [ ] of : bevatten",
  "settings-code-prefix-characters": "{where}: mag geen spaties, komma's, puntkomma's of | bevatten",
  "settings-not-a-locale": "{where}: moet een taalcode zijn, zoals en-US of fi-FI",
  "settings-not-a-language": "{where}: moet de code van een koptaal zijn, zoals fi of de",
  "settings-same-column": "{where}: noemt dezelfde kolom als {other} (\"{header}\"); een kolom kan maar één rol hebben",
  "settings-invalid": "{where}: {problem}",
  "settings-bad": "ongeldige instellingen: {problems}",
  "settings-must-be-object": "de instellingen moeten een object met benoemde instellingen zijn",
};

const VALUES: Translation = {
  "value-empty": "(leeg)",
  "value-unsupported": "(een niet-ondersteunde waarde)",
  "summary-line-uncategorized": "(zonder categorie)",
  "summary-line-total": "Totaal",
};

const NOTES: Translation = {
  "outside-inventory-ignored":
    "{more, plural, =0 {Een waarde} other {Waarden}} in {address}{more, plural, =0 {} one { en nog # cel} other { en nog # cellen}}, buiten de voorraadlijst, {more, plural, =0 {is} other {zijn}} genegeerd.",
};

export const ENGINE: Translation = { ...ISSUES, ...FIXES, ...RULE_TITLES, ...SETTINGS, ...VALUES, ...NOTES };
