/**
 * Reads the repository's imports the way the bundler sees them: runtime imports only
 * (a type import is erased), "@/..." and relative specifiers resolved to repository paths.
 * Used by the layer test and the server-only test.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** Tests, their kits and loopback fakes (test-support) are not shipped code: they may reach across layers and need no server-only marker. */
export const IGNORED_FILE = /\.test\.tsx?$|test-(kit|helpers|support)\.ts$/;

export function runtimeSpecifiers(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause?.isTypeOnly === true ||
        (clause !== undefined &&
          !clause.name &&
          clause.namedBindings !== undefined &&
          ts.isNamedImports(clause.namedBindings) &&
          clause.namedBindings.elements.length > 0 &&
          clause.namedBindings.elements.every((element) => element.isTypeOnly));
      if (!typeOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument)) found.push(argument.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Resolves "@/lib/x" and relative specifiers to a path under the repository root, or null for packages. */
export function resolveSpecifier(file: string, specifier: string): string | null {
  if (specifier.startsWith("@/")) return specifier.slice(2);
  if (specifier.startsWith(".")) return path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
  return null;
}

export function listSourceFiles(root: string, dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === "generated" ? [] : listSourceFiles(root, relative);
    return /\.tsx?$/.test(entry.name) && !IGNORED_FILE.test(entry.name) ? [relative] : [];
  });
}

/** The file a specifier names ("lib/x" → "lib/x.ts", "lib/x.tsx" or "lib/x/index.ts"), or null for a package or a missing file. */
export function resolveFile(root: string, file: string, specifier: string): string | null {
  const target = resolveSpecifier(file, specifier);
  if (!target) return null;
  return (
    [target, `${target}.ts`, `${target}.tsx`, `${target}/index.ts`, `${target}/index.tsx`].find((candidate) =>
      isFile(path.join(root, candidate)),
    ) ?? null
  );
}

function isFile(absolute: string): boolean {
  try {
    return statSync(absolute).isFile();
  } catch {
    return false;
  }
}
