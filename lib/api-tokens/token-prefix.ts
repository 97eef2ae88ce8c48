/** Every API token starts with this, so a leaked one is recognisable (secret scanners) and cookies are never mistaken for one. */
import "server-only";
export const API_TOKEN_PREFIX = "da_";
