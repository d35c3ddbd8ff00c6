/**
 * Child-element order of the parts of the XML manifest we use, transcribed from the
 * manifest schemas (OfficeApp 1.1 TaskPaneApp; TaskPaneAppVersionOverrides 1.0; basic types).
 * Office rejects a manifest whose children are out of sequence, and the error it gives is
 * vague, so the offline test checks the order itself.
 *
 * Each rule lists ranks in schema order; names sharing a rank may appear in either order.
 */
export interface ChildSpec {
  name: string;
  /** At least one must be present (our policy may require more than the schema: see `policy`). */
  required?: boolean;
  /** May repeat. */
  many?: boolean;
}

export interface OrderRule {
  /** Path of local names from the root; `*` matches any single element name. */
  path: string;
  ranks: ChildSpec[][];
}

const one = (name: string, required = false): ChildSpec[] => [{ name, required }];
const many = (name: string, required = true): ChildSpec[] => [{ name, required, many: true }];

const VO = "OfficeApp/VersionOverrides";
const HOST = `${VO}/Hosts/Host`;
const GROUP = `${HOST}/DesktopFormFactor/ExtensionPoint/OfficeTab/Group`;

export const orderRules: OrderRule[] = [
  {
    path: "OfficeApp",
    ranks: [
      one("Id", true), one("AlternateId"), one("Version", true), one("ProviderName", true),
      one("DefaultLocale", true), one("DisplayName", true), one("Description", true),
      one("IconUrl", true), one("HighResolutionIconUrl", true), one("SupportUrl"), one("AppDomains"),
      one("Hosts", true), one("Requirements", true), one("DefaultSettings", true),
      one("Permissions", true), one("Dictionary"), one("VersionOverrides", true),
    ],
  },
  { path: "OfficeApp/DisplayName", ranks: [many("Override", false)] },
  { path: "OfficeApp/Description", ranks: [many("Override", false)] },
  { path: "OfficeApp/Hosts", ranks: [many("Host")] },
  { path: "OfficeApp/Requirements", ranks: [one("Sets", true), one("Methods")] },
  { path: "OfficeApp/Requirements/Sets", ranks: [many("Set")] },
  { path: "OfficeApp/DefaultSettings", ranks: [one("SourceLocation", true)] },
  {
    path: VO,
    ranks: [
      one("Description"), one("Requirements"), one("Hosts", true), one("Resources", true),
      one("WebApplicationInfo"), one("EquivalentAddins"),
    ],
  },
  { path: `${VO}/Hosts`, ranks: [many("Host")] },
  { path: HOST, ranks: [one("Runtimes"), one("AllFormFactors"), one("DesktopFormFactor", true)] },
  { path: `${HOST}/Runtimes`, ranks: [many("Runtime")] },
  {
    path: `${HOST}/DesktopFormFactor`,
    // The schema reference shows GetStarted and FunctionFile in both orders; both precede ExtensionPoint.
    ranks: [[{ name: "GetStarted" }, { name: "FunctionFile" }], many("ExtensionPoint")],
  },
  {
    path: `${HOST}/DesktopFormFactor/GetStarted`,
    ranks: [one("Title", true), one("Description", true), one("LearnMoreUrl", true)],
  },
  { path: `${HOST}/DesktopFormFactor/ExtensionPoint`, ranks: [many("OfficeTab", false), many("CustomTab", false)] },
  { path: `${HOST}/DesktopFormFactor/ExtensionPoint/OfficeTab`, ranks: [many("Group")] },
  { path: GROUP, ranks: [one("Label", true), one("Icon", true), many("Control")] },
  { path: `${GROUP}/Icon`, ranks: [many("Image")] },
  {
    path: `${GROUP}/Control`,
    // A Button ends with its Action, a Menu with its Items (which one: checkPolicy, by xsi:type).
    ranks: [one("Label", true), one("Supertip", true), one("Icon", true), [{ name: "Action" }, { name: "Items" }]],
  },
  { path: `${GROUP}/Control/Supertip`, ranks: [one("Title", true), one("Description", true)] },
  { path: `${GROUP}/Control/Icon`, ranks: [many("Image")] },
  {
    path: `${GROUP}/Control/Action`,
    ranks: [one("TaskpaneId"), one("SourceLocation"), one("Title"), one("FunctionName")],
  },
  { path: `${GROUP}/Control/Items`, ranks: [many("Item")] },
  // MenuItem: a UIControlWithOptionalIcon followed by its Action.
  {
    path: `${GROUP}/Control/Items/Item`,
    ranks: [one("Label", true), one("Supertip", true), one("Icon"), one("Action", true)],
  },
  { path: `${GROUP}/Control/Items/Item/Supertip`, ranks: [one("Title", true), one("Description", true)] },
  { path: `${GROUP}/Control/Items/Item/Icon`, ranks: [many("Image")] },
  {
    path: `${GROUP}/Control/Items/Item/Action`,
    ranks: [one("TaskpaneId"), one("SourceLocation"), one("Title"), one("FunctionName")],
  },
  {
    path: `${VO}/Resources`,
    ranks: [one("Images", true), one("Urls", true), one("ShortStrings", true), one("LongStrings", true)],
  },
  { path: `${VO}/Resources/Images`, ranks: [many("Image")] },
  { path: `${VO}/Resources/Urls`, ranks: [many("Url")] },
  { path: `${VO}/Resources/ShortStrings`, ranks: [many("String")] },
  { path: `${VO}/Resources/ShortStrings/String`, ranks: [many("Override", false)] },
  { path: `${VO}/Resources/LongStrings`, ranks: [many("String")] },
  { path: `${VO}/Resources/LongStrings/String`, ranks: [many("Override", false)] },
];

/** Which Resources list a `resid` must point into, by the referring element's local name. */
export const residKinds: Record<string, "Images" | "Urls" | "ShortStrings" | "LongStrings"> = {
  Image: "Images",
  Runtime: "Urls",
  FunctionFile: "Urls",
  SourceLocation: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

/** Sizes a ribbon icon must have (16, 32, 80) and may have (20, 24, 40, 48, 64). */
export const requiredIconSizes = [16, 32, 80];
export const allowedIconSizes = [16, 20, 24, 32, 40, 48, 64, 80];

/** Our policy: exactly these requirement sets, nothing newer (newer APIs are feature-detected). */
export const expectedRequirementSets = { ExcelApi: "1.9", SharedRuntime: "1.1" };

/**
 * Schema limits on lengths we can break by accident (a resid, a ShortString: labels, titles and
 * the add-in's name; a LongString: descriptions), and our own for labels the ribbon shows: a
 * label over about two dozen characters wraps or is cut on a narrow ribbon.
 */
export const limits = { resid: 32, shortString: 125, longString: 250, ribbonLabel: 24, groupControls: 6 };

/** The locales every shown string is translated for (issue 15): one per language of src/core/messages. */
export const overrideLocales: readonly string[] = ["fi-FI", "sv-SE", "de-DE", "nl-NL", "fr-FR"];
