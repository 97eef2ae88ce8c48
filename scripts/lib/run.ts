import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";

/** Runs a command to completion, inheriting stdio; rejects on a non-zero exit. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", ...options });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

/** Resolves when a child exits; never rejects. */
export function exited(child: ChildProcess): Promise<number> {
  // A child killed by a signal has signalCode set and exitCode null.
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode ?? 1);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code ?? 1)));
}

export function nodeBin(name: string): string {
  return new URL(`../../node_modules/.bin/${name}`, import.meta.url).pathname;
}

/**
 * Node flags for a process that runs our TypeScript outside Next: tsx, and the hook
 * that lets it load modules marked `import "server-only"` (scripts/lib/server-only.mjs).
 */
export const TYPESCRIPT_NODE_FLAGS = ["--import", "tsx", "--import", new URL("./server-only.mjs", import.meta.url).pathname];
