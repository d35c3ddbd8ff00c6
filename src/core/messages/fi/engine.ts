import type { Translation } from "../translation";

/**
 * FI words for en/engine.ts. A column role is named through its column ("määräsarakkeen arvo"),
 * so each sentence picks the case it needs from the forms below.
 */

/** The column of role `{arg}` in one case: quantity, codes, category, name, income, expense. */
const column = (arg: string, forms: readonly [string, string, string, string, string, string, string, string, string]) =>
  `{${arg}, select, quantity {${forms[0]}} codes {${forms[1]}} category {${forms[2]}} name {${forms[3]}} income {${forms[4]}} status {${forms[6]}} available {${forms[7]}} purchase {${forms[8]}} other {${forms[5]}}}`;

const ROLE_OF = column("role", ["määräsarakkeen", "varastokoodisarakkeen", "luokkasarakkeen", "nimisarakkeen", "tulosarakkeen", "kulusarakkeen",
  "tilasarakkeen", "vapaana-sarakkeen", "hankinta-arvosarakkeen"]);
const ROLE_MEANT = ["määräsaraketta", "varastokoodisaraketta", "luokkasaraketta", "nimisaraketta", "tulosaraketta", "kulusaraketta",
  "tilasaraketta", "vapaana-saraketta", "hankinta-arvosaraketta"] as const;
const ROLE_AS = column("role", ["määräsarakkeeksi", "varastokoodisarakkeeksi", "luokkasarakkeeksi", "nimisarakkeeksi", "tulosarakkeeksi", "kulusarakkeeksi",
  "tilasarakkeeksi", "vapaana-sarakkeeksi", "hankinta-arvosarakkeeksi"]);

/** A header language as an adverb ("suomeksi"), from a catalogue code such as `{language}`. */
const language = (arg: string) =>
  `{${arg}, select, en {englanniksi} fi {suomeksi} sv {ruotsiksi} nb {norjaksi} da {tanskaksi} de {saksaksi} nl {hollanniksi} fr {ranskaksi} ` +
  `es {espanjaksi} it {italiaksi} pt {portugaliksi} pl {puolaksi} other {kielellä {${arg}}}}`;

/** One header with two readings in two languages. */
const READINGS = `{cell}: otsikko "{header}" tarkoittaa ${language("language")} ${column("role", ROLE_MEANT)} ja ` +
  `${language("otherLanguage")} ${column("otherRole", ROLE_MEANT)}`;

const BOTH = `{cell}: otsikot "{header}" ({cell}) ja "{firstHeader}" ({first}) näyttävät kumpikin tarkoittavan ${column("role", ROLE_MEANT)}`;

const IN_LOCALE = "{locale, select, none {} other { (alueasetus {locale})}}";
const READ_IN_LOCALE = "{locale, select, none {} other { (luettu luvuksi {read} alueasetuksella {locale})}}";

const ISSUES: Translation = {
  "issue-no-header":
    "{cell}: otsikkoriviä ei löytynyt {window, plural, one {ensimmäiseltä riviltä} other {# ensimmäiseltä riviltä}}: " +
    "{quantityMapping, select, unmatched {sarakemääritys nimeää määräsarakkeeksi otsikon \"{quantityHeader}\", mutta millään otsikolla ei ole tätä tekstiä; } other {}}" +
    "{codesMapping, select, unmatched {sarakemääritys nimeää varastokoodisarakkeeksi otsikon \"{codesHeader}\", mutta millään otsikolla ei ole tätä tekstiä; } other {}}" +
    "{found, select, " +
    "quantity {rivillä {row} on määräsarake (\"{header}\", {at}) mutta ei varastokoodisaraketta; lisää sellainen tai valitse se sarakemäärityksessä} " +
    "codes {rivillä {row} on varastokoodisarake (\"{header}\", {at}) mutta ei määräsaraketta; lisää sellainen tai valitse se sarakemäärityksessä} " +
    "listed {millään rivillä ei ole sekä määräsaraketta ({quantityAliases}, …) että varastokoodisaraketta ({codesAliases}, …)} " +
    "other {millään rivillä ei ole sekä määräsaraketta (Quantity, Qty, Count, …) että varastokoodisaraketta (Stock codes, Serial, Asset tag, …)}}",
  "issue-duplicate-header-required":
    `{remedy, select, languages {${READINGS}; valitse sen rooli sarakemäärityksessä} ` +
    `other {${BOTH}; ` +
    "{remedy, select, rename {nimeä toinen otsikoista uudelleen} other {valitse niistä toinen sarakemäärityksessä}}}}",
  "issue-duplicate-header-optional":
    `{remedy, select, languages {${READINGS}; sitä ei käytetä (valitse sen rooli sarakemäärityksessä)} ` +
    `locale {${READINGS}; se luetaan ${ROLE_AS} alueasetuksen {locale} mukaisesti (valitse toinen sarakemäärityksessä)} ` +
    `other {${BOTH}; ` +
    "käytössä on {first} ({remedy, select, rename {nimeä otsikko uudelleen, jos haluat käyttää toista} other {valitse toinen sarakemäärityksessä}})}}",

  "issue-quantity-missing": "{cell}: määrä puuttuu",
  "issue-quantity-not-a-number": `{cell}: määrä {value} ei ole luku${IN_LOCALE}`,
  "issue-quantity-as-text": `{cell}: määrä {value} on tallennettu tekstinä${READ_IN_LOCALE}`,
  "issue-quantity-not-whole": "{cell}: määrä {value} ei ole kokonaisluku",
  "issue-quantity-below-one": "{cell}: määrä {value} on pienempi kuin 1",

  "issue-codes-missing": "{cell}: varastokoodi puuttuu",
  "issue-codes-missing-in": "{cell}: arvossa {value} ei ole varastokoodia",
  "issue-codes-empty-entry": "{cell}: koodiluettelossa {value} on tyhjä kohta",
  "issue-codes-separator": "{cell}: {value} näyttää useilta koodeilta, jotka on eroteltu merkillä \"{separator}\" pilkkujen sijaan",
  "issue-codes-separated-by-breaks": "{cell}: {value} näyttää useilta koodeilta, jotka on eroteltu sarkaimilla tai rivinvaihdoilla pilkkujen sijaan",
  "issue-codes-invisible": "{cell}: arvon {value} koodissa on näkymättömiä merkkejä tai ohjausmerkkejä ({character})",
  "issue-codes-space": "{cell}: arvon {value} koodissa on välilyönti: todennäköisesti kaksi koodia",
  "issue-codes-repeated":
    "{cell}: {count, plural, one {koodi {first} esiintyy} =2 {koodit {first} ja {second} esiintyvät} other {koodit {first}, {second} ja {third} esiintyvät}} " +
    "tässä solussa useammin kuin kerran",
  "issue-codes-duplicate":
    "{cell}: koodi {code} on myös {others, plural, one {rivillä {row1}} =2 {riveillä {row1} ja {row2}} =3 {riveillä {row1}, {row2} ja {row3}} " +
    "other {riveillä {row1}, {row2}, {row3} ja {more} muulla rivillä}}",
  "issue-codes-logical": "{cell}: koodi on tallennettu totuusarvona {value} eikä tekstinä",
  "issue-codes-number": "{cell}: koodi {code} on tallennettu lukuna: Excel on ehkä muuttanut sitä (poistanut etunollat tai tulkinnut sen päivämääräksi)",
  "issue-codes-number-rounded":
    "{cell}: koodi {code} on luku, jonka Excel on pyöristänyt (näkyy muodossa {shown}): oikea koodi on menetetty; kirjoita se uudelleen tekstinä lähteestä",
  "issue-codes-scientific":
    "{cell}: koodi {code} on eksponenttimuodossa: Excel muutti koodin pyöristetyksi luvuksi, ja numeroita on kadonnut; " +
    "kirjoita se uudelleen tekstinä lähteestä",
  "issue-codes-too-long": "{cell}: koodi {code} on {length} merkkiä pitkä, kun enimmäispituus on {max}",
  "issue-codes-more-than-quantity": "{cell}: {codes} koodia, vaikka määrä on {quantity}",

  "issue-amount-not-a-number": `{cell}: ${ROLE_OF} arvo {value} ei ole luku${IN_LOCALE}`,
  "issue-amount-too-large":
    `{cell}: ${ROLE_OF} arvo {value} on liian suuri laskettavaksi yhteen tarkasti ` +
    "(suurin mahdollinen on {decimals, plural, =0 {{whole, number}} other {{whole, number},{fraction}}})",
  "issue-amount-as-text": `{cell}: ${ROLE_OF} arvo {value} on tallennettu tekstinä${READ_IN_LOCALE}`,
  "issue-amount-negative": `{cell}: ${ROLE_OF} arvo {value} on negatiivinen`,
  "issue-amount-precision": `{cell}: ${ROLE_OF} arvossa {value} on enemmän kuin {decimals, plural, one {# desimaali} other {# desimaalia}}`,
  "issue-cell-error": `{cell}: ${ROLE_OF} solussa on Excelin virhearvo {value}`,
  "issue-category-missing": "{cell}: luokka puuttuu",
};

const FIXES: Translation = {
  "fix-convert-to-number": "Muunna luvuksi",
  "fix-generate-codes": "Luo koodit",
  "fix-tidy-list": "Siisti luettelo",
  "fix-split-on-separator": "Jaa koodeiksi",
  "fix-split-on-spaces": "Jaa välilyöntien kohdalta",
  "fix-remove-invisible": "Poista näkymättömät merkit",
  "fix-remove-repeat": "Poista toisto",
  "fix-store-as-text": "Tallenna tekstinä",
};

const RULE_TITLES: Translation = {
  "rule-title-no-header": "Otsikkoriviä ei löytynyt",
  "rule-title-duplicate-header": "Kaksi saraketta samassa roolissa",
  "rule-title-quantity-missing": "Määrä puuttuu",
  "rule-title-quantity-not-a-number": "Määrä ei ole luku",
  "rule-title-quantity-not-whole": "Määrä ei ole kokonaisluku",
  "rule-title-quantity-below-one": "Määrä alle 1",
  "rule-title-quantity-as-text": "Määrä tallennettu tekstinä",
  "rule-title-codes-missing": "Varastokoodit puuttuvat",
  "rule-title-codes-empty-entry": "Tyhjä kohta koodiluettelossa",
  "rule-title-codes-separator": "Koodeja ei eroteltu pilkuilla",
  "rule-title-codes-space": "Välilyönti koodin sisällä",
  "rule-title-codes-invisible": "Näkymättömiä merkkejä koodissa",
  "rule-title-codes-duplicate-in-row": "Sama koodi kahdesti samassa solussa",
  "rule-title-codes-duplicate": "Koodi käytössä toisella rivillä",
  "rule-title-codes-number": "Koodi tallennettu lukuna",
  "rule-title-codes-precision-lost": "Excelin lukutarkkuus on hävittänyt koodin",
  "rule-title-codes-too-long": "Koodi on liian pitkä",
  "rule-title-codes-more-than-quantity": "Enemmän koodeja kuin määrä",
  "rule-title-amount-not-a-number": "Summa ei ole luku tai on liian suuri",
  "rule-title-amount-as-text": "Summa tallennettu tekstinä",
  "rule-title-amount-negative": "Negatiivinen summa",
  "rule-title-amount-precision": "Enemmän desimaaleja kuin valuutassa on",
  "rule-title-cell-error": "Excelin virhearvo",
  "rule-title-category-missing": "Luokka puuttuu",
};

const SETTINGS: Translation = {
  "settings-root": "asetukset",
  "settings-unknown": "{where}: tuntematon asetus",
  "settings-not-an-object": "{where}: on oltava nimettyjä asetuksia sisältävä objekti",
  "settings-not-whole": "{where}: on oltava kokonaisluku",
  "settings-wrong-type": "{where}: on oltava {expected, select, array {luettelo} string {tekstiä} number {luku} boolean {totuusarvo} object {objekti} other {tyyppiä {expected}}}",
  "settings-empty": "{where}: ei saa olla tyhjä",
  "settings-too-small": "{where}: on oltava vähintään {minimum}",
  "settings-too-big": "{where}: saa olla enintään {maximum}",
  "settings-too-long": "{where}: pituus saa olla enintään {maximum, plural, one {# merkki} other {# merkkiä}}",
  "settings-too-many": "{where}: saa sisältää enintään {maximum, plural, one {# kohdan} other {# kohtaa}}",
  "settings-not-a-cell-address": "{where}: on oltava soluosoite, kuten A1",
  "settings-not-on-the-sheet": "{where}: on oltava taulukon solu (A1–{last})",
  "settings-sheet-name-characters": "{where}: ei saa sisältää merkkejä \\ / ? * [ ] tai :",
  "settings-code-prefix-characters": "{where}: ei saa sisältää välilyöntejä, pilkkuja, puolipisteitä eikä merkkiä |",
  "settings-not-a-locale": "{where}: on oltava kielitunniste, kuten en-US tai fi-FI",
  "settings-not-a-language": "{where}: on oltava otsikkokielen koodi, kuten fi tai de",
  "settings-same-column": "{where}: nimeää saman sarakkeen kuin {other} (\"{header}\"); sarakkeella voi olla vain yksi rooli",
  "settings-invalid": "{where}: {problem}",
  "settings-bad": "virheelliset asetukset: {problems}",
  "settings-must-be-object": "asetusten on oltava nimettyjä asetuksia sisältävä objekti",
};

const VALUES: Translation = {
  "value-empty": "(tyhjä)",
  "value-unsupported": "(arvo, jota ei tueta)",
  "summary-line-uncategorized": "(ei luokkaa)",
  "summary-line-total": "Yhteensä",
};

const NOTES: Translation = {
  "outside-inventory-ignored":
    "Varastoluettelon ulkopuolella {more, plural, =0 {olevaa arvoa} other {olevia arvoja}} ei otettu huomioon: " +
    "{address}{more, plural, =0 {} one { ja # muu solu} other { ja # muuta solua}}.",
};

export const ENGINE: Translation = { ...ISSUES, ...FIXES, ...RULE_TITLES, ...SETTINGS, ...VALUES, ...NOTES };
