// Vitest runs lib code outside React Server Components; "server-only" would throw there.
export {};
