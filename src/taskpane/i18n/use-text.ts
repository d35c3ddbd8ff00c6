/**
 * The pane's words: `useText()` gives `t(id, values)`, the catalogue message `id` in the pane's
 * language (react-intl's IntlProvider above, see pane-language.tsx). Ids are `MessageId`s, so a
 * wrong id fails to compile. Without a provider (a component tested alone) the words are English.
 */
import { useContext, useMemo } from "react";
import { IntlContext } from "react-intl";
import { textIn, valuesIn, type MessageId, type MessageValues, type Say } from "../../core";

export type Text = (id: MessageId, values?: MessageValues) => string;

/**
 * Words the pane shows that may come as data: an engine `say`, or the app's list of them (one
 * per sentence), else the English `message`.
 */
export interface Said {
  message: string;
  say?: Say | readonly Say[];
}

const english: Text = (id, values) => textIn("en-US", id, values);

export function useText(): Text {
  const intl = useContext(IntlContext);
  return useMemo<Text>(() => {
    if (!intl) return english;
    // ignoreTag: workbook text in a value such as `<b>` is text, never markup (as textIn does).
    return (id, values) => String(intl.formatMessage({ id }, values, { ignoreTag: true }));
  }, [intl]);
}

/** The BCP 47 tag of the pane's language (`fi-FI`); `en-US` without a provider. */
export function usePaneTag(): string {
  return useContext(IntlContext)?.locale ?? "en-US";
}


/** `said` as one plain string in the pane's language (for attributes, hints, announcements). */
export function useSaid(): (said: Said) => string {
  const t = useText();
  const tag = usePaneTag();
  return useMemo(() => (said: Said) => {
    const { say } = said;
    if (!say) return said.message;
    const list: readonly Say[] = Array.isArray(say) ? say : [say as Say];
    if (list.length === 0) return said.message;
    return list.map((one) => t(one.id, valuesIn(tag, one))).join(" ");
  }, [t, tag]);
}
