import type { MessageId } from "./en";

/** The words of one language: English keys to ICU messages; a key it lacks is shown in English. */
export type Translation = Readonly<Partial<Record<MessageId, string>>>;
