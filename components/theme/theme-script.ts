/** localStorage key holding "light" | "dark"; absent means "follow the system". */
export const THEME_STORAGE_KEY = "da-theme";

/**
 * Runs before first paint (inlined in <head>) so a stored or system dark theme never
 * flashes light. Kept tiny and dependency-free on purpose.
 */
export const THEME_SCRIPT = `(function(){try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");var d=t==="dark"||(t!=="light"&&window.matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.classList.toggle("dark",d);}catch(e){}})();`;
