/**
 * The task pane: one tab per job (check, serialize, aggregate, summary, find, stocktake, labels, settings).
 * It talks only to the app layer (`InventoryApp`); ribbon commands reach it through pane-events.
 */
import { AriaLiveAnnouncer, Tab, TabList, Text } from "@fluentui/react-components";
import { useCallback } from "react";
import type { InventoryApp } from "../app";
import type { MessageId, Settings } from "../core";
import { AggregatePanel } from "./components/aggregate-panel";
import { CheckPanel } from "./components/check-panel";
import { ErrorBoundary } from "./components/error-boundary";
import { FindPanel } from "./components/find-panel";
import { LabelsPanel } from "./components/labels-panel";
import { NoticeList } from "./components/notice-list";
import { ProgressStatus } from "./components/progress-status";
import { SerializePanel } from "./components/serialize-panel";
import { SettingsPanel } from "./components/settings-panel";
import { StocktakePanel } from "./components/stocktake-panel";
import { SummaryPanel } from "./components/summary-panel";
import { useNotices, useUndoFromNotice } from "./hooks/use-notices";
import { usePaneRequests } from "./hooks/use-pane-requests";
import { usePaneShown } from "./hooks/use-pane-shown";
import { RunnerProvider } from "./hooks/use-runner";
import { useStoredSettings } from "./hooks/use-stored-settings";
import { useWorkbookChanges, WorkbookChangesProvider } from "./hooks/use-workbook-changes";
import type { PanelId } from "../app";
import { usePaneStyles } from "./styles";
import { NumberLocaleProvider } from "./format";
import { PaneLanguageRoot } from "./i18n/pane-language";
import { browserStorage, officeDisplayLanguage, type ChoiceStorage } from "./i18n/language-choice";
import { usePaneTag, useText } from "./i18n/use-text";

const tabs: { id: PanelId; title: MessageId }[] = [
  { id: "check", title: "pane-tab-check" },
  { id: "serialize", title: "pane-tab-serialize" },
  { id: "aggregate", title: "pane-tab-aggregate" },
  { id: "summary", title: "pane-tab-summary" },
  { id: "find", title: "pane-tab-find" },
  { id: "stocktake", title: "stocktake-pane-tab" },
  { id: "labels", title: "labels-pane-tab" },
  { id: "settings", title: "pane-tab-settings" },
];

/** The attributes of panel `id`'s container: a tab panel, hidden unless its tab is `shown`. */
function tabPanel(id: PanelId, shown: PanelId) {
  return { role: "tabpanel", id: `ir-panel-${id}`, "aria-labelledby": `ir-tab-${id}`, hidden: shown !== id };
}

export interface AppProps {
  app: InventoryApp;
  /** Office's display language (read from Office when omitted). */
  displayLanguage?: string;
  /** Where the user's language pick is kept (this browser's localStorage when omitted). */
  storage?: ChoiceStorage;
}

/** The whole pane. Render it inside a FluentProvider. */
export function App({ app, displayLanguage = officeDisplayLanguage(), storage = browserStorage() }: AppProps) {
  return (
    <PaneLanguageRoot displayLanguage={displayLanguage} storage={storage}>
      <ErrorBoundary>
        {/* Without it Fluent's MessageBars announce nothing: results and errors are read out as they appear. */}
        <AriaLiveAnnouncer>
          <RunnerProvider>
            <WorkbookChangesProvider>
              <Pane app={app} />
            </WorkbookChangesProvider>
          </RunnerProvider>
        </AriaLiveAnnouncer>
      </ErrorBoundary>
    </PaneLanguageRoot>
  );
}

function Pane({ app }: { app: InventoryApp }) {
  const styles = usePaneStyles();
  const t = useText();
  const tag = usePaneTag();
  const { markChanged, writes } = useWorkbookChanges();
  const notices = useNotices();
  const { add: addNotice } = notices;
  usePaneShown(app);
  const report = useCallback(
    (title: string, message: string, details?: string[]) => addNotice({ intent: "warning", title, message, details }),
    [addNotice],
  );
  const stored = useStoredSettings(app, report);
  const { tab, setTab, checkRequest, serializeRequest, labelsRequest, marksCleared } = usePaneRequests(addNotice, markChanged);

  const undoFromNotice = useUndoFromNotice(app, notices.replace);

  const onSaved = (settings: Settings, warnings: string[]) => {
    stored.replace(settings);
    if (warnings.length > 0) report(t("pane-settings-adjusted-title"), t("pane-settings-adjusted"), warnings);
  };

  const openSettings = useCallback(() => setTab("settings"), [setTab]);

  const panel = (id: PanelId) => tabPanel(id, tab);

  // Numbers in the workbook's culture (settings.locale, which follows Excel's).
  return (
    <NumberLocaleProvider value={stored.settings.locale}>
      <main className={styles.pane} lang={tag} aria-label={t("pane-title")}>
        <Text as="h1" weight="semibold" size={400}>
          {t("pane-title")}
        </Text>
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={tab}
          onTabSelect={(_event, data) => setTab(data.value as PanelId)}
          aria-label={t("pane-tabs-label")}
        >
          {tabs.map(({ id, title }) => (
            <Tab key={id} value={id} id={`ir-tab-${id}`} aria-controls={`ir-panel-${id}`}>
              {t(title)}
            </Tab>
          ))}
        </TabList>
        <ProgressStatus />
        <NoticeList
          notices={notices.notices}
          onDismiss={notices.dismiss}
          canUndo={(notice) => notice.stamp === writes && app.canUndo()}
          onUndo={(id) => void undoFromNotice(id)}
        />
        <div {...panel("check")}>
          <CheckPanel
            app={app}
            codePrefix={stored.settings.codePrefix}
            liveCheckDefault={stored.loaded ? stored.settings.liveCheck : undefined}
            checkRequest={checkRequest}
            marksCleared={marksCleared}
            onOpenSettings={openSettings}
          />
        </div>
        <div {...panel("serialize")}>
          <SerializePanel app={app} previewRequest={serializeRequest} />
        </div>
        <div {...panel("aggregate")}>
          <AggregatePanel app={app} />
        </div>
        <div {...panel("summary")}>
          <SummaryPanel app={app} decimals={stored.settings.currencyDecimals} />
        </div>
        <div {...panel("find")}>
          <FindPanel app={app} />
        </div>
        <div {...panel("stocktake")}>
          <StocktakePanel app={app} active={tab === "stocktake"} />
        </div>
        <div {...panel("labels")}>
          <LabelsPanel app={app} codePrefix={stored.settings.codePrefix} newUnitsRequest={labelsRequest} />
        </div>
        <div {...panel("settings")}>
          <SettingsPanel app={app} settings={stored.settings} active={tab === "settings"} onSaved={onSaved} />
        </div>
      </main>
    </NumberLocaleProvider>
  );
}
