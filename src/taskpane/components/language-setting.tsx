/**
 * The pane's language (Settings): Automatic (Office's display language) or one of the
 * languages by its own name. Saved for this user at once, not with the workbook's settings;
 * a display language without a catalogue is said here, once, in English.
 */
import { Field, MessageBar, MessageBarBody, Select } from "@fluentui/react-components";
import { textIn, uiLanguageOf, UI_LANGUAGES } from "../../core";
import { englishNameOf, LANGUAGE_NAMES, missingLanguageOf, paneTagOf, type LanguageChoice } from "../i18n/language-choice";
import { useLanguage } from "../i18n/pane-language";
import { useText } from "../i18n/use-text";

export function LanguageSetting() {
  const t = useText();
  const language = useLanguage();
  if (!language) return null;
  const automatic = LANGUAGE_NAMES[uiLanguageOf(paneTagOf("auto", language.displayLanguage))];
  const missing = missingLanguageOf(language.displayLanguage);
  return (
    <>
      <Field label={t("pane-language")} hint={t("pane-language-hint")}>
        <Select value={language.choice} onChange={(_event, data) => language.choose(data.value as LanguageChoice)}>
          <option value="auto">{t("pane-language-automatic", { language: automatic })}</option>
          {UI_LANGUAGES.map((code) => (
            <option key={code} value={code} lang={code}>
              {LANGUAGE_NAMES[code]}
            </option>
          ))}
        </Select>
      </Field>
      {missing && (
        <MessageBar intent="info" layout="multiline">
          {/* In English: there is no catalogue for that language to say it in. */}
          <MessageBarBody lang="en">{textIn("en-US", "pane-language-missing", { language: englishNameOf(missing) })}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
