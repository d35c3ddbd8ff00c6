/**
 * OfficeExtension.Error as the host throws it: `name`, `code`, `message`, `debugInfo`.
 * Codes are the strings of Excel.ErrorCodes / OfficeExtension.ErrorCodes in @types/office-js.
 */
export const ErrorCode = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  insertDeleteConflict: "InsertDeleteConflict",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  invalidReference: "InvalidReference",
  invalidSelection: "InvalidSelection",
  invalidRequestContext: "InvalidRequestContext",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  nonBlankCellOffSheet: "NonBlankCellOffSheet",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  notImplemented: "NotImplemented",
  propertyNotLoaded: "PropertyNotLoaded",
  rangeExceedsLimit: "RangeExceedsLimit",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  runMustReturnPromise: "RunMustReturnPromise",
  apiNotFound: "ApiNotFound",
  undoNotSupported: "UndoNotSupported",
} as const;

export interface HostDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
  surroundingStatements?: string[];
  fullStatements?: string[];
}

/** The error class installed as `OfficeExtension.Error`. */
export class HostOfficeError extends Error {
  override name = "RichApi.Error";
  readonly code: string;
  readonly debugInfo: HostDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: Error | null = null;
  readonly httpStatusCode?: number;

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message, errorLocation, statement: errorLocation };
  }

  /** JSON form like the real error's `toString()` output. */
  override toString(): string {
    return JSON.stringify({ name: this.name, code: this.code, message: this.message });
  }
}

/** Shorthand used everywhere in the host. */
export function officeError(code: string, message: string, location?: string): HostOfficeError {
  return new HostOfficeError(code, message, location);
}

export function notLoaded(property: string, location: string): HostOfficeError {
  return officeError(
    ErrorCode.propertyNotLoaded,
    `The property '${property}' is not available. Load it with ${location}.load("${property}") and call context.sync() before reading it.`,
    location,
  );
}
