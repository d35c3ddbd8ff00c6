/**
 * The page of the small dialog a ribbon command opens when the pane cannot be shown
 * (docs/design.md §15): the outcome's title, message and details, as text. Closing the dialog
 * is Office's own close button.
 */
import type { DialogNotice } from "../app";

export function NoticePage({ notice }: { notice: DialogNotice }) {
  return (
    <main lang={notice.lang} role={notice.intent === "error" || notice.intent === "warning" ? "alert" : "status"} style={{ padding: 16, fontFamily: "'Segoe UI', system-ui, sans-serif", fontSize: 14 }}>
      <h1 style={{ fontSize: 16, fontWeight: 600 }}>{notice.title}</h1>
      <p>{notice.message}</p>
      {notice.details?.length ? (
        <ul>
          {notice.details.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      ) : null}
    </main>
  );
}
