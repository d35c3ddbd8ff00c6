export { text, textIn, textOf, say, sayIn, valuesIn, type MessageId, type MessageValues, type Say } from "./format";
export { sayList, type ListJoin } from "./say-list";
export { EN } from "./en";
export { UI_LANGUAGES, catalogueOf, hasCatalogue, uiLanguageOf, type Translation, type UiLanguage } from "./languages";
