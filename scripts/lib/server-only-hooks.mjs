/**
 * Module resolution hook for Node processes outside Next (the worker, `npm start`'s
 * scripts, benchmarks, Playwright's helpers): they load lib/ modules marked
 * `import "server-only"`, whose default export throws because it is meant for bundlers.
 * Resolving that one package with the "react-server" condition gives its empty module,
 * exactly what Next does for server code. Nothing else is touched.
 */
export async function resolve(specifier, context, nextResolve) {
  if (specifier !== "server-only") return nextResolve(specifier, context);
  return nextResolve(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
}
