/**
 * The pane's language at its root: react-intl's IntlProvider with `locale` the language's tag
 * and `messages` English merged with that language's catalogue (a key it lacks stays English).
 * The user's pick (Settings) changes it at once, and is saved for this user (language-choice.ts).
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { IntlProvider } from "react-intl";
import { catalogueOf, EN, uiLanguageOf } from "../../core";
import { paneTagOf, readLanguageChoice, saveLanguageChoice, type ChoiceStorage, type LanguageChoice } from "./language-choice";

export function PaneLanguageProvider({ tag, children }: { tag: string; children: ReactNode }) {
  const messages = useMemo<Record<string, string>>(() => ({ ...EN, ...catalogueOf(uiLanguageOf(tag)) }), [tag]);
  return (
    <IntlProvider locale={tag} defaultLocale="en-US" messages={messages}>
      {children}
    </IntlProvider>
  );
}

export interface LanguageState {
  choice: LanguageChoice;
  /** Office's display language, as Office gave it (undefined outside Office). */
  displayLanguage: string | undefined;
  /** The tag the pane speaks now. */
  tag: string;
  choose(choice: LanguageChoice): void;
}

const LanguageContext = createContext<LanguageState | null>(null);

export interface PaneLanguageRootProps {
  displayLanguage: string | undefined;
  storage: ChoiceStorage | undefined;
  children: ReactNode;
}

/** The language state and the IntlProvider for everything under it. */
export function PaneLanguageRoot({ displayLanguage, storage, children }: PaneLanguageRootProps) {
  const [choice, setChoice] = useState<LanguageChoice>(() => readLanguageChoice(storage));
  const choose = useCallback(
    (next: LanguageChoice) => {
      saveLanguageChoice(storage, next);
      setChoice(next);
    },
    [storage],
  );
  const tag = paneTagOf(choice, displayLanguage);
  const state = useMemo<LanguageState>(() => ({ choice, displayLanguage, tag, choose }), [choice, displayLanguage, tag, choose]);
  return (
    <LanguageContext.Provider value={state}>
      <PaneLanguageProvider tag={tag}>{children}</PaneLanguageProvider>
    </LanguageContext.Provider>
  );
}

/** The pane's language and a way to pick another (null outside PaneLanguageRoot). */
export function useLanguage(): LanguageState | null {
  return useContext(LanguageContext);
}
