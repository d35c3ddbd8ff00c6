/**
 * A static HTTPS server for the production build, on an ephemeral port of 127.0.0.1,
 * with a self-signed certificate made at start (the browser context ignores HTTPS errors).
 */
import fs from "node:fs";
import https from "node:https";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { generate } from "selfsigned";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".xml": "application/xml",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  /** `https://127.0.0.1:PORT`. */
  origin: string;
  close(): Promise<void>;
}

/** Serves `root` read-only; anything outside it, or missing, is a 404. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const pems = await generate([{ name: "commonName", value: "localhost" }], {
    notAfterDate: new Date(Date.now() + 24 * 60 * 60 * 1000),
    keyType: "ec",
    curve: "P-256",
  });
  const rootWithSep = path.resolve(root) + path.sep;
  const server = https.createServer({ key: pems.private, cert: pems.cert }, (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "https://localhost").pathname);
    const file = path.resolve(rootWithSep, "." + pathname);
    if (!file.startsWith(rootWithSep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const type = contentTypes[path.extname(file).toLowerCase()] ?? "application/octet-stream";
    response.writeHead(200, { "content-type": type, "cache-control": "no-store" });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `https://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
