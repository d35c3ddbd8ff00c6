/**
 * Imported first by the pane's entry. The pane's Content-Security-Policy has no 'unsafe-eval'
 * (docs/security.md); zod would otherwise probe `new Function` on its first object parse, which
 * the browser reports as a policy violation. Its plain (non-compiled) parser gives the same results.
 */
import { config } from "zod";

config({ jitless: true });
