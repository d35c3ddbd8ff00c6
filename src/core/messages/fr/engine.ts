import type { Translation } from "../translation";

/**
 * French words for en/engine.ts. A column role is named as its column ("la colonne des
 * quantités"), or in brackets after an amount, so no agreement depends on the role word.
 * Before : ; ? ! and inside « » stands a no-break space, as in every French file here; the
 * template literals below write it as \u00a0 (the linter rejects it unescaped there).
 */

/** A column role in words, from the value `{role}` (after an amount: "le montant 5 (recettes)"). */
const ROLE = "{role, select, quantity {quantité} codes {codes de stock} category {catégorie} name {nom} income {recettes} status {statut} available {disponible} purchase {valeur d’achat} other {dépenses}}";

/** The column of a role, from the value `{arg}`, after "la": all are "colonne des …". */
const column = (arg: string) =>
  `{${arg}, select, quantity {colonne des quantités} codes {colonne des codes de stock} category {colonne des catégories} ` +
  "name {colonne des noms} income {colonne des recettes} status {colonne des statuts} available {colonne disponible} purchase {colonne de la valeur d’achat} other {colonne des dépenses}}";

/** A header language in words, after "en" ("en anglais"). */
const language = (arg: string) =>
  `{${arg}, select, en {anglais} fi {finnois} sv {suédois} nb {norvégien} da {danois} de {allemand} nl {néerlandais} ` +
  `fr {français} es {espagnol} it {italien} pt {portugais} pl {polonais} other {{${arg}}}}`;

/** One header with two readings in two languages. */
const READINGS = `{cell}\u00a0: «\u00a0{header}\u00a0» se lit comme la ${column("role")} en ${language("language")} et comme la ` +
  `${column("otherRole")} en ${language("otherLanguage")}`;

const ISSUES: Translation = {
  "issue-no-header":
    "{cell} : aucune ligne d’en-tête trouvée dans {window, plural, one {la première ligne} other {les # premières lignes}} : " +
    "{quantityMapping, select, unmatched {la correspondance des colonnes indique « {quantityHeader} » pour la quantité, mais aucun en-tête ne porte ce texte ; } other {}}" +
    "{codesMapping, select, unmatched {la correspondance des colonnes indique « {codesHeader} » pour les codes de stock, mais aucun en-tête ne porte ce texte ; } other {}}" +
    "{found, select, " +
    "quantity {la ligne {row} a une colonne des quantités (« {header} », {at}) mais pas de colonne des codes de stock ; ajoutez-en une ou choisissez-la dans la correspondance des colonnes} " +
    "codes {la ligne {row} a une colonne des codes de stock (« {header} », {at}) mais pas de colonne des quantités ; ajoutez-en une ou choisissez-la dans la correspondance des colonnes} " +
    "listed {aucune ligne ne nomme à la fois une colonne des quantités ({quantityAliases}, …) et une colonne des codes de stock ({codesAliases}, …)} " +
    "other {aucune ligne ne nomme à la fois une colonne des quantités (Quantity, Qty, Count, …) et une colonne des codes de stock (Stock codes, Serial, Asset tag, …)}}",
  "issue-duplicate-header-required":
    `{remedy, select, languages {${READINGS}\u00a0; choisissez son rôle dans la correspondance des colonnes} ` +
    `other {{cell}\u00a0: «\u00a0{header}\u00a0» ({cell}) et «\u00a0{firstHeader}\u00a0» ({first}) ressemblent tous deux à la ${column("role")}\u00a0; ` +
    "{remedy, select, rename {renommez l’un des deux en-têtes} other {choisissez-en un dans la correspondance des colonnes}}}}",
  "issue-duplicate-header-optional":
    `{remedy, select, languages {${READINGS}\u00a0; cette colonne n’est pas utilisée (choisissez son rôle dans la correspondance des colonnes)} ` +
    `locale {${READINGS}\u00a0; cette colonne est lue comme la ${column("role")}, selon {locale} (choisissez un autre rôle dans la correspondance des colonnes)} ` +
    `other {{cell}\u00a0: «\u00a0{header}\u00a0» ({cell}) et «\u00a0{firstHeader}\u00a0» ({first}) ressemblent tous deux à la ${column("role")}\u00a0; ` +
    "{first} est utilisé ({remedy, select, rename {renommez un en-tête pour utiliser l’autre} other {choisissez-en un autre dans la correspondance des colonnes}})}}",

  "issue-quantity-missing": "{cell} : la quantité est vide",
  "issue-quantity-not-a-number": "{cell} : la quantité {value} n’est pas un nombre{locale, select, none {} other { selon {locale}}}",
  "issue-quantity-as-text":
    "{cell} : la quantité {value} est stockée sous forme de texte{locale, select, none {} other { (lue comme {read} selon {locale})}}",
  "issue-quantity-not-whole": "{cell} : la quantité {value} n’est pas un nombre entier",
  "issue-quantity-below-one": "{cell} : la quantité {value} est inférieure à 1",

  "issue-codes-missing": "{cell} : aucun code de stock",
  "issue-codes-missing-in": "{cell} : aucun code de stock dans {value}",
  "issue-codes-empty-entry": "{cell} : la liste de codes {value} contient une entrée vide",
  "issue-codes-separator": "{cell} : {value} ressemble à plusieurs codes séparés par « {separator} » au lieu de virgules",
  "issue-codes-separated-by-breaks":
    "{cell} : {value} ressemble à plusieurs codes séparés par des tabulations ou des sauts de ligne au lieu de virgules",
  "issue-codes-invisible": "{cell} : un code de {value} contient des caractères invisibles ou de contrôle ({character})",
  "issue-codes-space": "{cell} : un code de {value} contient un espace : il s’agit probablement de deux codes",
  "issue-codes-repeated":
    "{cell} : {count, plural, one {le code {first} apparaît} =2 {les codes {first} et {second} apparaissent} other {les codes {first}, {second} et {third} apparaissent}} " +
    "plusieurs fois dans cette cellule",
  "issue-codes-duplicate":
    "{cell} : le code {code} figure aussi {others, plural, one {à la ligne {row1}} =2 {aux lignes {row1} et {row2}} =3 {aux lignes {row1}, {row2} et {row3}} " +
    "other {aux lignes {row1}, {row2}, {row3} et {more} de plus}}",
  "issue-codes-logical": "{cell} : le code est stocké comme valeur logique {value}, et non comme texte",
  "issue-codes-number":
    "{cell} : le code {code} est stocké comme nombre : Excel l’a peut-être modifié (zéros non significatifs supprimés, ou lecture comme une date)",
  "issue-codes-number-rounded":
    "{cell} : le code {code} est un nombre arrondi par Excel (affiché {shown}) : le vrai code est perdu ; saisissez-le de nouveau sous forme de texte depuis la source",
  "issue-codes-scientific":
    "{cell} : le code {code} est en notation scientifique : Excel a transformé le code en nombre arrondi et les chiffres sont perdus ; " +
    "saisissez-le de nouveau sous forme de texte depuis la source",
  "issue-codes-too-long": "{cell} : le code {code} compte {length} caractères, soit plus que {max}",
  "issue-codes-more-than-quantity": "{cell} : {codes} codes pour une quantité de {quantity}",

  "issue-amount-not-a-number": `{cell}\u00a0: le montant {value} (${ROLE}) n’est pas un nombre{locale, select, none {} other { selon {locale}}}`,
  // The largest amount is written with the French decimal comma.
  "issue-amount-too-large":
    `{cell}\u00a0: le montant {value} (${ROLE}) est trop grand pour être additionné exactement ` +
    "(le maximum est {decimals, plural, =0 {{whole, number}} other {{whole, number},{fraction}}})",
  "issue-amount-as-text":
    `{cell}\u00a0: le montant {value} (${ROLE}) est stocké sous forme de texte{locale, select, none {} other { (lu comme {read} selon {locale})}}`,
  "issue-amount-negative": `{cell}\u00a0: le montant {value} (${ROLE}) est négatif`,
  "issue-amount-precision": `{cell}\u00a0: le montant {value} (${ROLE}) a {decimals, plural, =0 {des décimales alors que la devise n’en a pas} one {plus d’une décimale} other {plus de # décimales}}`,
  "issue-cell-error": `{cell}\u00a0: la cellule de la ${column("role")} contient la valeur d’erreur Excel {value}`,
  "issue-category-missing": "{cell} : la catégorie est vide",
};

const FIXES: Translation = {
  "fix-convert-to-number": "Convertir en nombre",
  "fix-generate-codes": "Générer les codes",
  "fix-tidy-list": "Nettoyer la liste",
  "fix-split-on-separator": "Séparer en codes",
  "fix-split-on-spaces": "Séparer aux espaces",
  "fix-remove-invisible": "Supprimer les caractères invisibles",
  "fix-remove-repeat": "Supprimer la répétition",
  "fix-store-as-text": "Stocker comme texte",
};

const RULE_TITLES: Translation = {
  "rule-title-no-header": "Aucune ligne d’en-tête trouvée",
  "rule-title-duplicate-header": "Deux colonnes pour un même rôle",
  "rule-title-quantity-missing": "Quantité manquante",
  "rule-title-quantity-not-a-number": "Quantité non numérique",
  "rule-title-quantity-not-whole": "Quantité non entière",
  "rule-title-quantity-below-one": "Quantité inférieure à 1",
  "rule-title-quantity-as-text": "Quantité stockée sous forme de texte",
  "rule-title-codes-missing": "Codes de stock manquants",
  "rule-title-codes-empty-entry": "Entrée vide dans une liste de codes",
  "rule-title-codes-separator": "Codes non séparés par des virgules",
  "rule-title-codes-space": "Espace dans un code",
  "rule-title-codes-invisible": "Caractères invisibles dans un code",
  "rule-title-codes-duplicate-in-row": "Même code deux fois dans une cellule",
  "rule-title-codes-duplicate": "Code utilisé dans une autre ligne",
  "rule-title-codes-number": "Code stocké comme nombre",
  "rule-title-codes-precision-lost": "Code détruit par la précision numérique d’Excel",
  "rule-title-codes-too-long": "Code trop long",
  "rule-title-codes-more-than-quantity": "Plus de codes que la quantité",
  "rule-title-amount-not-a-number": "Montant non numérique ou trop grand",
  "rule-title-amount-as-text": "Montant stocké sous forme de texte",
  "rule-title-amount-negative": "Montant négatif",
  "rule-title-amount-precision": "Plus de décimales que n’en a la devise",
  "rule-title-cell-error": "Valeur d’erreur Excel",
  "rule-title-category-missing": "Catégorie manquante",
};

const SETTINGS: Translation = {
  "settings-root": "paramètres",
  "settings-unknown": "{where} : paramètre inconnu",
  "settings-not-an-object": "{where} : doit être un objet de paramètres nommés",
  "settings-not-whole": "{where} : doit être un nombre entier",
  "settings-wrong-type": "{where} : doit être {expected, select, array {une liste} string {du texte} number {un nombre} boolean {une valeur booléenne} object {un objet} other {de type {expected}}}",
  "settings-empty": "{where} : ne doit pas être vide",
  "settings-too-small": "{where} : doit valoir au moins {minimum}",
  "settings-too-big": "{where} : doit valoir au plus {maximum}",
  "settings-too-long": "{where} : doit compter au plus {maximum, plural, one {# caractère} other {# caractères}}",
  "settings-too-many": "{where} : doit compter au plus {maximum, plural, one {# entrée} other {# entrées}}",
  "settings-not-a-cell-address": "{where} : doit être une référence de cellule comme A1",
  "settings-not-on-the-sheet": "{where} : doit être une cellule de la feuille (de A1 à {last})",
  "settings-sheet-name-characters": "{where} : ne peut contenir aucun des caractères \\ / ? * [ ] :",
  "settings-code-prefix-characters": "{where} : ne peut contenir ni espaces, ni virgules, ni points-virgules, ni |",
  "settings-not-a-locale": "{where} : doit être une balise de langue comme en-US ou fr-FR",
  "settings-not-a-language": "{where} : doit être un code de langue d’en-têtes comme fi ou de",
  "settings-same-column": "{where} : désigne la même colonne que {other} (« {header} ») ; une colonne ne peut avoir qu’un seul rôle",
  "settings-invalid": "{where} : {problem}",
  "settings-bad": "paramètres non valides : {problems}",
  "settings-must-be-object": "les paramètres doivent être un objet de paramètres nommés",
};

const VALUES: Translation = {
  "value-empty": "(vide)",
  "value-unsupported": "(valeur non prise en charge)",
  "summary-line-uncategorized": "(sans catégorie)",
  "summary-line-total": "Total",
};

const NOTES: Translation = {
  "outside-inventory-ignored":
    "{more, plural, =0 {Une valeur} other {Des valeurs}} en {address}{more, plural, =0 {} one { et # autre cellule} other { et # autres cellules}}, " +
    "hors de l’inventaire, {more, plural, =0 {a été ignorée} other {ont été ignorées}}.",
};

export const ENGINE: Translation = { ...ISSUES, ...FIXES, ...RULE_TITLES, ...SETTINGS, ...VALUES, ...NOTES };
