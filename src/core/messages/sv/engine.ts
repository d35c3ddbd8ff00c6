import type { Translation } from "../translation";

/** SV words for en/engine.ts. */

/** Role `{arg}` in one form: quantity, codes, category, name, income, expense. */
const role = (arg: string, forms: readonly [string, string, string, string, string, string, string, string, string]) =>
  `{${arg}, select, quantity {${forms[0]}} codes {${forms[1]}} category {${forms[2]}} name {${forms[3]}} income {${forms[4]}} status {${forms[6]}} available {${forms[7]}} purchase {${forms[8]}} other {${forms[5]}}}`;

const COLUMN = ["antalskolumnen", "lagerkodskolumnen", "kategorikolumnen", "namnkolumnen", "intäktskolumnen", "kostnadskolumnen",
  "statuskolumnen", "kolumnen för tillgängligt", "kolumnen för inköpsvärde"] as const;

/** A header language in words, from a catalogue code such as `{language}`. */
const language = (arg: string) =>
  `{${arg}, select, en {engelska} fi {finska} sv {svenska} nb {norska} da {danska} de {tyska} nl {nederländska} fr {franska} ` +
  `es {spanska} it {italienska} pt {portugisiska} pl {polska} other {språket {${arg}}}}`;

/** One header with two readings in two languages. */
const READINGS = `{cell}: "{header}" tolkas som ${role("role", COLUMN)} på ${language("language")} och som ` +
  `${role("otherRole", COLUMN)} på ${language("otherLanguage")}`;

const BOTH = `{cell}: "{header}" ({cell}) och "{firstHeader}" ({first}) ser båda ut att vara ${role("role", COLUMN)}`;

/** "värdet 12,5 i intäktskolumnen": the value, then the column of role `{role}`. */
const VALUE_IN = `värdet {value} i ${role("role", COLUMN)}`;

const IN_LOCALE = "{locale, select, none {} other { i {locale}}}";
const READ_IN_LOCALE = "{locale, select, none {} other { (tolkas som {read} i {locale})}}";

const ISSUES: Translation = {
  "issue-no-header":
    "{cell}: ingen rubrikrad hittades {window, plural, one {på första raden} other {bland de första # raderna}}: " +
    "{quantityMapping, select, unmatched {kolumnmappningen anger \"{quantityHeader}\" för antal, men ingen rubrik har den texten; } other {}}" +
    "{codesMapping, select, unmatched {kolumnmappningen anger \"{codesHeader}\" för lagerkoder, men ingen rubrik har den texten; } other {}}" +
    "{found, select, " +
    "quantity {rad {row} har en antalskolumn (\"{header}\", {at}) men ingen lagerkodskolumn; lägg till en eller välj den i kolumnmappningen} " +
    "codes {rad {row} har en lagerkodskolumn (\"{header}\", {at}) men ingen antalskolumn; lägg till en eller välj den i kolumnmappningen} " +
    "listed {ingen rad har både en antalskolumn ({quantityAliases}, …) och en lagerkodskolumn ({codesAliases}, …)} " +
    "other {ingen rad har både en antalskolumn (Quantity, Qty, Count, …) och en lagerkodskolumn (Stock codes, Serial, Asset tag, …)}}",
  "issue-duplicate-header-required":
    `{remedy, select, languages {${READINGS}; välj dess roll i kolumnmappningen} ` +
    `other {${BOTH}; ` +
    "{remedy, select, rename {byt namn på en av de två rubrikerna} other {välj en av dem i kolumnmappningen}}}}",
  "issue-duplicate-header-optional":
    `{remedy, select, languages {${READINGS}; den används inte (välj dess roll i kolumnmappningen)} ` +
    `locale {${READINGS}; den tolkas som ${role("role", COLUMN)} enligt {locale} (välj en annan i kolumnmappningen)} ` +
    `other {${BOTH}; ` +
    "{first} används ({remedy, select, rename {byt namn på en rubrik för att använda den andra} other {välj en annan i kolumnmappningen}})}}",

  "issue-quantity-missing": "{cell}: antal saknas",
  "issue-quantity-not-a-number": `{cell}: antalet {value} är inte ett tal${IN_LOCALE}`,
  "issue-quantity-as-text": `{cell}: antalet {value} är lagrat som text${READ_IN_LOCALE}`,
  "issue-quantity-not-whole": "{cell}: antalet {value} är inte ett heltal",
  "issue-quantity-below-one": "{cell}: antalet {value} är mindre än 1",

  "issue-codes-missing": "{cell}: ingen lagerkod",
  "issue-codes-missing-in": "{cell}: ingen lagerkod i {value}",
  "issue-codes-empty-entry": "{cell}: kodlistan {value} har en tom post",
  "issue-codes-separator": "{cell}: {value} ser ut som flera koder avgränsade med \"{separator}\" i stället för kommatecken",
  "issue-codes-separated-by-breaks": "{cell}: {value} ser ut som flera koder avgränsade med tabbar eller radbrytningar i stället för kommatecken",
  "issue-codes-invisible": "{cell}: en kod i {value} innehåller osynliga tecken eller kontrolltecken ({character})",
  "issue-codes-space": "{cell}: en kod i {value} innehåller ett mellanslag: troligen två koder",
  "issue-codes-repeated":
    "{cell}: {count, plural, one {koden {first} förekommer} =2 {koderna {first} och {second} förekommer} other {koderna {first}, {second} och {third} förekommer}} " +
    "mer än en gång i den här cellen",
  "issue-codes-duplicate":
    "{cell}: koden {code} finns också på {others, plural, one {rad {row1}} =2 {raderna {row1} och {row2}} =3 {raderna {row1}, {row2} och {row3}} " +
    "other {raderna {row1}, {row2}, {row3} och {more} till}}",
  "issue-codes-logical": "{cell}: koden är lagrad som det logiska värdet {value}, inte som text",
  "issue-codes-number": "{cell}: koden {code} är lagrad som ett tal: Excel kan ha ändrat den (tagit bort inledande nollor eller tolkat den som ett datum)",
  "issue-codes-number-rounded":
    "{cell}: koden {code} är ett tal som Excel har avrundat (visas som {shown}): den riktiga koden har gått förlorad; ange den igen som text från källan",
  "issue-codes-scientific":
    "{cell}: koden {code} är i exponentialform: Excel har gjort om koden till ett avrundat tal och siffrorna har gått förlorade; " +
    "ange den igen som text från källan",
  "issue-codes-too-long": "{cell}: koden {code} har {length} tecken, fler än {max}",
  "issue-codes-more-than-quantity": "{cell}: {codes} koder för antalet {quantity}",

  "issue-amount-not-a-number": `{cell}: ${VALUE_IN} är inte ett tal${IN_LOCALE}`,
  "issue-amount-too-large":
    `{cell}: ${VALUE_IN} är för stort för att summeras exakt ` +
    "(det största möjliga är {decimals, plural, =0 {{whole, number}} other {{whole, number},{fraction}}})",
  "issue-amount-as-text": `{cell}: ${VALUE_IN} är lagrat som text${READ_IN_LOCALE}`,
  "issue-amount-negative": `{cell}: ${VALUE_IN} är negativt`,
  "issue-amount-precision": `{cell}: ${VALUE_IN} har fler än {decimals, plural, one {# decimal} other {# decimaler}}`,
  "issue-cell-error": `{cell}: cellen i ${role("role", COLUMN)} innehåller Excel-felet {value}`,
  "issue-category-missing": "{cell}: kategori saknas",
};

const FIXES: Translation = {
  "fix-convert-to-number": "Konvertera till tal",
  "fix-generate-codes": "Generera koder",
  "fix-tidy-list": "Städa listan",
  "fix-split-on-separator": "Dela upp i koder",
  "fix-split-on-spaces": "Dela vid mellanslag",
  "fix-remove-invisible": "Ta bort osynliga tecken",
  "fix-remove-repeat": "Ta bort upprepningen",
  "fix-store-as-text": "Lagra som text",
};

const RULE_TITLES: Translation = {
  "rule-title-no-header": "Ingen rubrikrad hittades",
  "rule-title-duplicate-header": "Två kolumner gör anspråk på samma roll",
  "rule-title-quantity-missing": "Antal saknas",
  "rule-title-quantity-not-a-number": "Antalet är inte ett tal",
  "rule-title-quantity-not-whole": "Antalet är inte ett heltal",
  "rule-title-quantity-below-one": "Antal under 1",
  "rule-title-quantity-as-text": "Antal lagrat som text",
  "rule-title-codes-missing": "Lagerkoder saknas",
  "rule-title-codes-empty-entry": "Tom post i en kodlista",
  "rule-title-codes-separator": "Koder inte avgränsade med kommatecken",
  "rule-title-codes-space": "Mellanslag i en kod",
  "rule-title-codes-invisible": "Osynliga tecken i en kod",
  "rule-title-codes-duplicate-in-row": "Samma kod två gånger i en cell",
  "rule-title-codes-duplicate": "Koden används på en annan rad",
  "rule-title-codes-number": "Kod lagrad som tal",
  "rule-title-codes-precision-lost": "Koden förstörd av Excels talprecision",
  "rule-title-codes-too-long": "För lång kod",
  "rule-title-codes-more-than-quantity": "Fler koder än antal",
  "rule-title-amount-not-a-number": "Beloppet är inte ett tal eller är för stort",
  "rule-title-amount-as-text": "Belopp lagrat som text",
  "rule-title-amount-negative": "Negativt belopp",
  "rule-title-amount-precision": "Fler decimaler än valutan har",
  "rule-title-cell-error": "Felvärde i Excel",
  "rule-title-category-missing": "Kategori saknas",
};

const SETTINGS: Translation = {
  "settings-root": "inställningar",
  "settings-unknown": "{where}: okänd inställning",
  "settings-not-an-object": "{where}: måste vara ett objekt med namngivna inställningar",
  "settings-not-whole": "{where}: måste vara ett heltal",
  "settings-wrong-type": "{where}: måste vara {expected, select, array {en lista} string {text} number {ett tal} boolean {ett sanningsvärde} object {ett objekt} other {av typen {expected}}}",
  "settings-empty": "{where}: får inte vara tom",
  "settings-too-small": "{where}: måste vara minst {minimum}",
  "settings-too-big": "{where}: får vara högst {maximum}",
  "settings-too-long": "{where}: får vara högst {maximum, plural, one {# tecken} other {# tecken}} lång",
  "settings-too-many": "{where}: får ha högst {maximum, plural, one {# post} other {# poster}}",
  "settings-not-a-cell-address": "{where}: måste vara en celladress, till exempel A1",
  "settings-not-on-the-sheet": "{where}: måste vara en cell på kalkylbladet (A1 till {last})",
  "settings-sheet-name-characters": "{where}: får inte innehålla \\ / ? * [ ] eller :",
  "settings-code-prefix-characters": "{where}: får inte innehålla mellanslag, kommatecken, semikolon eller |",
  "settings-not-a-locale": "{where}: måste vara en språktagg, till exempel en-US eller fi-FI",
  "settings-not-a-language": "{where}: måste vara en kod för rubrikspråk, till exempel fi eller de",
  "settings-same-column": "{where}: anger samma kolumn som {other} (\"{header}\"); en kolumn kan bara ha en roll",
  "settings-invalid": "{where}: {problem}",
  "settings-bad": "felaktiga inställningar: {problems}",
  "settings-must-be-object": "inställningarna måste vara ett objekt med namngivna inställningar",
};

const VALUES: Translation = {
  "value-empty": "(tom)",
  "value-unsupported": "(ett värde som inte stöds)",
  "summary-line-uncategorized": "(utan kategori)",
  "summary-line-total": "Totalt",
};

const NOTES: Translation = {
  "outside-inventory-ignored":
    "{more, plural, =0 {Ett värde} other {Värden}} i {address}{more, plural, =0 {} one { och # cell till} other { och # celler till}}, utanför lagerlistan, ignorerades.",
};

export const ENGINE: Translation = { ...ISSUES, ...FIXES, ...RULE_TITLES, ...SETTINGS, ...VALUES, ...NOTES };
