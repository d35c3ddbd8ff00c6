/**
 * HTTPS certificates for https://localhost:3000, made by office-addin-dev-certs. That tool
 * exits 0 even when it fails (no sudo, no admin rights), so we check the files ourselves.
 */
import { X509Certificate, createPrivateKey } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { runNode, toolPath } from "./start-lib";

export const certDir = join(homedir(), ".office-addin-dev-certs");
export const certFiles = {
  ca: join(certDir, "ca.crt"),
  cert: join(certDir, "localhost.crt"),
  key: join(certDir, "localhost.key"),
};

/** Why the certificate files cannot serve https://localhost, or undefined when they can. */
export function certificateProblem(now = Date.now()): string | undefined {
  const missing = Object.values(certFiles).filter((file) => !existsSync(file));
  if (missing.length > 0) return `missing ${missing.join(", ")}`;
  try {
    const cert = new X509Certificate(readFileSync(certFiles.cert));
    const ca = new X509Certificate(readFileSync(certFiles.ca));
    if (Date.parse(cert.validTo) < now + 24 * 3600 * 1000) return `the certificate expires ${cert.validTo}`;
    if (!cert.checkHost("localhost")) return "the certificate is not for localhost";
    if (!cert.verify(ca.publicKey)) return "the certificate is not signed by the dev CA";
    if (!cert.checkPrivateKey(createPrivateKey(readFileSync(certFiles.key)))) return "the key does not match the certificate";
  } catch (error) {
    return `unreadable certificate files (${(error as Error).message})`;
  }
  return undefined;
}

const LINUX_TRUST_DIR = "/usr/local/share/ca-certificates/office-addin-dev-certs";

/** True when this Linux machine's system store holds our CA (what dev-certs' installer does). */
function linuxTrusted(): boolean {
  const installed = join(LINUX_TRUST_DIR, "ca.crt");
  return existsSync(installed) && readFileSync(installed).equals(readFileSync(certFiles.ca));
}

/**
 * On Linux, dev-certs trusts its CA with `sudo update-ca-certificates`; as root without sudo
 * that fails, so do the same two steps directly. Returns a note for the user, never throws.
 */
function trustOnLinux(): string {
  if (linuxTrusted()) return "The dev CA is in this machine's certificate store.";
  const update = "/usr/sbin/update-ca-certificates";
  const manual = `sudo mkdir -p ${LINUX_TRUST_DIR} && sudo cp ${certFiles.ca} ${LINUX_TRUST_DIR}/ && sudo ${update}`;
  if (process.getuid?.() !== 0 || !existsSync(update)) {
    return `The dev CA is not in the system store. To add it:\n  ${manual}`;
  }
  mkdirSync(LINUX_TRUST_DIR, { recursive: true });
  copyFileSync(certFiles.ca, join(LINUX_TRUST_DIR, "ca.crt"));
  const result = spawnSync(update, { encoding: "utf8" });
  return result.status === 0 && linuxTrusted()
    ? `Added the dev CA to this machine's certificate store (${LINUX_TRUST_DIR}).`
    : `Could not add the dev CA to the system store (${(result.stderr || result.stdout || "").trim()}). To add it:\n  ${manual}`;
}

/**
 * Makes sure usable certificates exist, creating them with office-addin-dev-certs when needed.
 * Returns notes to print, or throws an Error whose message says what failed and what to do.
 */
export function ensureCertificates(): string[] {
  const notes: string[] = [];
  let problem = certificateProblem();
  if (problem) {
    const cli = toolPath("office-addin-dev-certs");
    if (!cli) throw new Error("office-addin-dev-certs is not installed: run npm install.");
    console.log(`Creating the HTTPS certificate for localhost (${problem})…`);
    const result = runNode(cli, ["install", "--days", "30"]);
    problem = certificateProblem();
    if (problem) {
      throw new Error(
        `office-addin-dev-certs could not create the certificate (${problem}). It said:\n${result.output.trim()}\n` +
          "Run `npx office-addin-dev-certs install` yourself: on Linux and macOS it needs sudo, on Windows accept the prompt.",
      );
    }
    if (/Unable to install/i.test(result.output) && process.platform !== "linux") {
      notes.push(`The certificate exists but its CA could not be trusted:\n${result.output.trim()}\nRun \`npx office-addin-dev-certs install\` with admin rights.`);
    }
  }
  if (process.platform === "linux") {
    notes.push(trustOnLinux());
    notes.push(
      "Browsers on Linux keep their own trust store: import " + certFiles.ca + " as an authority",
      "  (Chrome/Chromium: Settings → Privacy and security → Security → Manage certificates → Authorities → Import;",
      "   Firefox: Settings → Certificates → View Certificates → Authorities → Import).",
    );
  }
  return notes;
}
