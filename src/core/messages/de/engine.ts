import type { Translation } from "../translation";

/**
 * German words for en/engine.ts. A column role is named as its column ("Mengenspalte"), or in
 * brackets after an amount, so no sentence depends on the role word's gender or case.
 */

/** A column role in words, from the value `{role}` (after an amount: "Betrag 5 (Einnahmen)"). */
const ROLE = "{role, select, quantity {Menge} codes {Codes} category {Kategorie} name {Name} income {Einnahmen} status {Status} available {Verfügbar} purchase {Anschaffungswert} other {Ausgaben}}";

/** The column of a role, from the value `{arg}`: all are "die …spalte". */
const column = (arg: string) =>
  `{${arg}, select, quantity {Mengenspalte} codes {Codespalte} category {Kategoriespalte} name {Namensspalte} ` +
  "income {Einnahmenspalte} status {Statusspalte} available {Spalte Verfügbar} purchase {Spalte Anschaffungswert} other {Ausgabenspalte}}";

/** A header language in words, after "auf" ("auf Englisch"). */
const language = (arg: string) =>
  `{${arg}, select, en {Englisch} fi {Finnisch} sv {Schwedisch} nb {Norwegisch} da {Dänisch} de {Deutsch} nl {Niederländisch} ` +
  `fr {Französisch} es {Spanisch} it {Italienisch} pt {Portugiesisch} pl {Polnisch} other {{${arg}}}}`;

/** One header with two readings in two languages. */
const READINGS = `{cell}: „{header}“ ist auf ${language("language")} die ${column("role")} und auf ` +
  `${language("otherLanguage")} die ${column("otherRole")}`;

const ISSUES: Translation = {
  "issue-no-header":
    "{cell}: Keine Überschriftenzeile in {window, plural, one {der ersten Zeile} other {den ersten # Zeilen}} gefunden. " +
    "{quantityMapping, select, unmatched {Die Spaltenzuordnung nennt „{quantityHeader}“ für die Menge, aber keine Überschrift hat diesen Text. } other {}}" +
    "{codesMapping, select, unmatched {Die Spaltenzuordnung nennt „{codesHeader}“ für die Codes, aber keine Überschrift hat diesen Text. } other {}}" +
    "{found, select, " +
    "quantity {Zeile {row} hat eine Mengenspalte („{header}“, {at}), aber keine Codespalte; fügen Sie eine hinzu, oder wählen Sie sie in der Spaltenzuordnung aus} " +
    "codes {Zeile {row} hat eine Codespalte („{header}“, {at}), aber keine Mengenspalte; fügen Sie eine hinzu, oder wählen Sie sie in der Spaltenzuordnung aus} " +
    "listed {Keine Zeile benennt sowohl eine Mengenspalte ({quantityAliases}, …) als auch eine Codespalte ({codesAliases}, …)} " +
    "other {Keine Zeile benennt sowohl eine Mengenspalte (Quantity, Qty, Count, …) als auch eine Codespalte (Stock codes, Serial, Asset tag, …)}}",
  "issue-duplicate-header-required":
    `{remedy, select, languages {${READINGS}; wählen Sie die Rolle der Spalte in der Spaltenzuordnung aus} ` +
    `other {{cell}: „{header}“ ({cell}) und „{firstHeader}“ ({first}) sehen beide wie die ${column("role")} aus; ` +
    "{remedy, select, rename {benennen Sie eine der beiden Überschriften um} other {wählen Sie eine davon in der Spaltenzuordnung aus}}}}",
  "issue-duplicate-header-optional":
    `{remedy, select, languages {${READINGS}; die Spalte wird nicht verwendet (wählen Sie ihre Rolle in der Spaltenzuordnung aus)} ` +
    `locale {${READINGS}; die Spalte wird gemäß {locale} als ${column("role")} gelesen (eine andere Rolle können Sie in der Spaltenzuordnung wählen)} ` +
    `other {{cell}: „{header}“ ({cell}) und „{firstHeader}“ ({first}) sehen beide wie die ${column("role")} aus; ` +
    "{first} wird verwendet ({remedy, select, rename {benennen Sie eine Überschrift um, um die andere zu verwenden} other {wählen Sie in der Spaltenzuordnung eine andere aus}})}}",

  "issue-quantity-missing": "{cell}: Die Menge ist leer",
  "issue-quantity-not-a-number": "{cell}: Die Menge {value} ist {locale, select, none {} other {in {locale} }}keine Zahl",
  "issue-quantity-as-text": "{cell}: Die Menge {value} ist als Text gespeichert{locale, select, none {} other { (in {locale} gelesen als {read})}}",
  "issue-quantity-not-whole": "{cell}: Die Menge {value} ist keine ganze Zahl",
  "issue-quantity-below-one": "{cell}: Die Menge {value} ist kleiner als 1",

  "issue-codes-missing": "{cell}: Kein Code vorhanden",
  "issue-codes-missing-in": "{cell}: Kein Code in {value}",
  "issue-codes-empty-entry": "{cell}: Die Codeliste {value} enthält einen leeren Eintrag",
  "issue-codes-separator": "{cell}: {value} sieht aus wie mehrere Codes, die durch „{separator}“ statt durch Kommas getrennt sind",
  "issue-codes-separated-by-breaks":
    "{cell}: {value} sieht aus wie mehrere Codes, die durch Tabstopps oder Zeilenumbrüche statt durch Kommas getrennt sind",
  "issue-codes-invisible": "{cell}: Ein Code in {value} enthält unsichtbare Zeichen oder Steuerzeichen ({character})",
  "issue-codes-space": "{cell}: Ein Code in {value} enthält ein Leerzeichen – vermutlich sind es zwei Codes",
  "issue-codes-repeated":
    "{cell}: {count, plural, one {Der Code {first} kommt} =2 {Die Codes {first} und {second} kommen} other {Die Codes {first}, {second} und {third} kommen}} " +
    "in dieser Zelle mehrfach vor",
  "issue-codes-duplicate":
    "{cell}: Der Code {code} steht auch in {others, plural, one {Zeile {row1}} =2 {den Zeilen {row1} und {row2}} =3 {den Zeilen {row1}, {row2} und {row3}} " +
    "other {den Zeilen {row1}, {row2}, {row3} und {more} weiteren}}",
  "issue-codes-logical": "{cell}: Der Code ist als Wahrheitswert {value} gespeichert, nicht als Text",
  "issue-codes-number":
    "{cell}: Der Code {code} ist als Zahl gespeichert: Excel hat ihn möglicherweise verändert (führende Nullen entfernt oder als Datum gelesen)",
  "issue-codes-number-rounded":
    "{cell}: Der Code {code} ist eine Zahl, die Excel gerundet hat (angezeigt als {shown}): Der echte Code ist verloren; geben Sie ihn aus der Quelle erneut als Text ein",
  "issue-codes-scientific":
    "{cell}: Der Code {code} steht in wissenschaftlicher Schreibweise: Excel hat den Code in eine gerundete Zahl umgewandelt, und die Ziffern sind verloren; " +
    "geben Sie ihn aus der Quelle erneut als Text ein",
  "issue-codes-too-long": "{cell}: Der Code {code} ist {length} Zeichen lang, mehr als {max}",
  "issue-codes-more-than-quantity": "{cell}: {codes} Codes für die Menge {quantity}",

  "issue-amount-not-a-number": `{cell}: Der Betrag {value} (${ROLE}) ist {locale, select, none {} other {in {locale} }}keine Zahl`,
  // The largest amount is written with the German decimal comma.
  "issue-amount-too-large":
    `{cell}: Der Betrag {value} (${ROLE}) ist zu groß, um exakt addiert zu werden ` +
    "(der größtmögliche ist {decimals, plural, =0 {{whole, number}} other {{whole, number},{fraction}}})",
  "issue-amount-as-text": `{cell}: Der Betrag {value} (${ROLE}) ist als Text gespeichert{locale, select, none {} other { (in {locale} gelesen als {read})}}`,
  "issue-amount-negative": `{cell}: Der Betrag {value} (${ROLE}) ist negativ`,
  "issue-amount-precision": `{cell}: Der Betrag {value} (${ROLE}) hat {decimals, plural, =0 {Dezimalstellen, obwohl die Währung keine hat} one {mehr als eine Dezimalstelle} other {mehr als # Dezimalstellen}}`,
  "issue-cell-error": `{cell}: Die Zelle in der ${column("role")} enthält den Excel-Fehlerwert {value}`,
  "issue-category-missing": "{cell}: Die Kategorie ist leer",
};

const FIXES: Translation = {
  "fix-convert-to-number": "In eine Zahl umwandeln",
  "fix-generate-codes": "Codes erzeugen",
  "fix-tidy-list": "Liste bereinigen",
  "fix-split-on-separator": "In Codes aufteilen",
  "fix-split-on-spaces": "An Leerzeichen aufteilen",
  "fix-remove-invisible": "Unsichtbare Zeichen entfernen",
  "fix-remove-repeat": "Wiederholung entfernen",
  "fix-store-as-text": "Als Text speichern",
};

const RULE_TITLES: Translation = {
  "rule-title-no-header": "Keine Überschriftenzeile gefunden",
  "rule-title-duplicate-header": "Zwei Spalten beanspruchen dieselbe Rolle",
  "rule-title-quantity-missing": "Menge fehlt",
  "rule-title-quantity-not-a-number": "Menge ist keine Zahl",
  "rule-title-quantity-not-whole": "Menge ist keine ganze Zahl",
  "rule-title-quantity-below-one": "Menge kleiner als 1",
  "rule-title-quantity-as-text": "Menge als Text gespeichert",
  "rule-title-codes-missing": "Codes fehlen",
  "rule-title-codes-empty-entry": "Leerer Eintrag in einer Codeliste",
  "rule-title-codes-separator": "Codes nicht durch Kommas getrennt",
  "rule-title-codes-space": "Leerzeichen in einem Code",
  "rule-title-codes-invisible": "Unsichtbare Zeichen in einem Code",
  "rule-title-codes-duplicate-in-row": "Derselbe Code zweimal in einer Zelle",
  "rule-title-codes-duplicate": "Code in einer anderen Zeile verwendet",
  "rule-title-codes-number": "Code als Zahl gespeichert",
  "rule-title-codes-precision-lost": "Code durch die Zahlengenauigkeit von Excel zerstört",
  "rule-title-codes-too-long": "Code zu lang",
  "rule-title-codes-more-than-quantity": "Mehr Codes als Menge",
  "rule-title-amount-not-a-number": "Betrag keine Zahl oder zu groß",
  "rule-title-amount-as-text": "Betrag als Text gespeichert",
  "rule-title-amount-negative": "Negativer Betrag",
  "rule-title-amount-precision": "Mehr Dezimalstellen, als die Währung hat",
  "rule-title-cell-error": "Excel-Fehlerwert",
  "rule-title-category-missing": "Kategorie fehlt",
};

const SETTINGS: Translation = {
  "settings-root": "Einstellungen",
  "settings-unknown": "{where}: unbekannte Einstellung",
  "settings-not-an-object": "{where}: muss ein Objekt aus benannten Einstellungen sein",
  "settings-not-whole": "{where}: muss eine ganze Zahl sein",
  "settings-wrong-type": "{where}: muss {expected, select, array {eine Liste} string {Text} number {eine Zahl} boolean {ein Wahrheitswert} object {ein Objekt} other {vom Typ {expected}}} sein",
  "settings-empty": "{where}: darf nicht leer sein",
  "settings-too-small": "{where}: muss mindestens {minimum} sein",
  "settings-too-big": "{where}: darf höchstens {maximum} sein",
  "settings-too-long": "{where}: darf höchstens {maximum, plural, one {# Zeichen} other {# Zeichen}} lang sein",
  "settings-too-many": "{where}: darf höchstens {maximum, plural, one {# Eintrag} other {# Einträge}} haben",
  "settings-not-a-cell-address": "{where}: muss ein Zellbezug wie A1 sein",
  "settings-not-on-the-sheet": "{where}: muss eine Zelle auf dem Arbeitsblatt sein (A1 bis {last})",
  "settings-sheet-name-characters": "{where}: darf keines der Zeichen \\ / ? * [ ] oder : enthalten",
  "settings-code-prefix-characters": "{where}: darf keine Leerzeichen, Kommas, Semikolons oder | enthalten",
  "settings-not-a-locale": "{where}: muss ein Sprachtag wie en-US oder de-DE sein",
  "settings-not-a-language": "{where}: muss ein Sprachcode für Überschriften wie fi oder de sein",
  "settings-same-column": "{where}: bezeichnet dieselbe Spalte wie {other} („{header}“); eine Spalte kann nur eine Rolle haben",
  "settings-invalid": "{where}: {problem}",
  "settings-bad": "Ungültige Einstellungen: {problems}",
  "settings-must-be-object": "Die Einstellungen müssen ein Objekt aus benannten Einstellungen sein",
};

const VALUES: Translation = {
  "value-empty": "(leer)",
  "value-unsupported": "(ein nicht unterstützter Wert)",
  "summary-line-uncategorized": "(ohne Kategorie)",
  "summary-line-total": "Gesamt",
};

const NOTES: Translation = {
  "outside-inventory-ignored":
    "{more, plural, =0 {Ein Wert} other {Werte}} in {address}{more, plural, =0 {} one { und # weiteren Zelle} other { und # weiteren Zellen}} " +
    "außerhalb der Bestandsliste {more, plural, =0 {wurde} other {wurden}} ignoriert.",
};

export const ENGINE: Translation = { ...ISSUES, ...FIXES, ...RULE_TITLES, ...SETTINGS, ...VALUES, ...NOTES };
