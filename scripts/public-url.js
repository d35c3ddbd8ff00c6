// Where the add-in is served from. The manifest in the repository points at the dev server;
// `npm run build` rewrites it for ADDIN_PUBLIC_URL (used by webpack.config.js and test/manifest).
"use strict";

const DEV_ORIGIN = "https://localhost:3000";

/**
 * Validates ADDIN_PUBLIC_URL. Returns it without a trailing slash, or undefined when unset.
 * Throws an Error with a plain message when it is not an absolute https URL: Office loads
 * add-ins only over https, so a build pointing elsewhere would be installable but blank.
 */
function publicUrlFromEnv(value) {
  if (value === undefined || value.trim() === "") return undefined;
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL="${value}" is not a URL. Use e.g. https://addins.example.com/inventory`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_PUBLIC_URL="${value}" must start with https:// (Office loads add-ins only over https).`);
  }
  if (url.search || url.hash) {
    throw new Error(`ADDIN_PUBLIC_URL="${value}" must not have a query or fragment.`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}

/** Replaces every dev-server URL in the manifest with the public URL. */
function rewriteManifest(xml, publicUrl) {
  return xml.split(DEV_ORIGIN).join(publicUrl);
}

module.exports = { DEV_ORIGIN, publicUrlFromEnv, rewriteManifest };
