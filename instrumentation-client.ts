/**
 * Runs in the browser before the app. zod compiles object parsers with `new Function`
 * when it may; the page's Content-Security-Policy forbids eval, so it must not try.
 */
import { z } from "zod";

z.config({ jitless: true });
