/** The dev server's origin, used throughout manifest.xml. */
export const DEV_ORIGIN: string;
/** Validated ADDIN_PUBLIC_URL without a trailing slash, or undefined when unset; throws when not https. */
export function publicUrlFromEnv(value: string | undefined): string | undefined;
/** Replaces every dev-server URL in the manifest with the public URL. */
export function rewriteManifest(xml: string, publicUrl: string): string;
