// `node --import ./scripts/lib/server-only.mjs` (or `tsx --import ...`): see server-only-hooks.mjs.
import { register } from "node:module";

register("./server-only-hooks.mjs", import.meta.url);
