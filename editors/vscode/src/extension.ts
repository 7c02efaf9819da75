// The dpa-lint extension: starts the dpa-lint language server for `.dpa` contracts and keeps
// its settings in sync. All the analysis happens in the server; this file only finds it,
// starts it and restarts it.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions } from "vscode-languageclient/node";

const SECTION = "dpaLint";

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;

interface ServerCommand {
  command: string;
  args: string[];
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel("dpa-lint", { log: true });
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand("dpaLint.restartServer", restart),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration(`${SECTION}.path`)) {
        await restart();
      }
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(restart),
  );
  await start();
}

export async function deactivate(): Promise<void> {
  await stop();
}

async function restart(): Promise<void> {
  await stop();
  await start();
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) {
    await running.stop().catch((error: unknown) => output?.error(`Stopping the server failed: ${String(error)}`));
  }
}

async function start(): Promise<void> {
  const server = findServer();
  if ("problem" in server) {
    const action = "Open settings";
    const choice = await vscode.window.showErrorMessage(`dpa-lint: ${server.problem}`, action);
    if (choice === action) {
      await vscode.commands.executeCommand("workbench.action.openSettings", `${SECTION}.path`);
    }
    return;
  }
  output?.info(`Starting ${[server.command, ...server.args].join(" ")}`);
  // No `transport`: the server speaks LSP on stdio and takes no transport argument.
  const serverOptions: ServerOptions = { command: server.command, args: server.args };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: "dpa" }],
    initializationOptions: settings(),
    synchronize: { configurationSection: SECTION },
    outputChannel: output,
  };
  client = new LanguageClient("dpaLint", "dpa-lint", serverOptions, clientOptions);
  try {
    await client.start();
  } catch (error) {
    client = undefined;
    void vscode.window.showErrorMessage(`dpa-lint: the language server ${server.command} could not start: ${String(error)}`);
  }
}

/** The `dpaLint.*` settings the server reads (the server path is the extension's business). */
function settings(): Record<string, unknown> {
  const configuration = vscode.workspace.getConfiguration(SECTION);
  return {
    language: configuration.get<string>("language", "auto"),
    playbook: configuration.get<string>("playbook", ""),
    status: configuration.get<string>("status", "auto"),
  };
}

/** `dpaLint.path`, else `dpa-lsp` on PATH, else `dpa-lint lsp` on PATH. */
function findServer(): ServerCommand | { problem: string } {
  const configured = configuredPath();
  if (configured) {
    return isExecutable(configured)
      ? { command: configured, args: serverArgs(configured) }
      : { problem: `dpaLint.path is set to ${configured}, which is not an executable file.` };
  }
  for (const name of ["dpa-lsp", "dpa-lint"]) {
    const found = onPath(name);
    if (found) {
      return { command: found, args: serverArgs(found) };
    }
  }
  return {
    problem:
      "the language server was not found. Install dpa-lint so that `dpa-lsp` or `dpa-lint` is on your PATH, or set `dpaLint.path` to the binary.",
  };
}

function configuredPath(): string | undefined {
  const inspected = vscode.workspace.getConfiguration(SECTION).inspect<string>("path");
  // A workspace must not choose which binary runs unless it is trusted.
  const value = vscode.workspace.isTrusted
    ? inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue
    : inspected?.globalValue;
  const trimmed = value?.trim();
  if (!trimmed) {
    return undefined;
  }
  const expanded = trimmed.startsWith("~") ? path.join(os.homedir(), trimmed.slice(1)) : trimmed;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  return path.isAbsolute(expanded) || !folder ? expanded : path.join(folder, expanded);
}

/** `dpa-lint` needs its `lsp` subcommand; `dpa-lsp` takes no arguments. */
function serverArgs(binary: string): string[] {
  return path.basename(binary).toLowerCase().startsWith("dpa-lint") ? ["lsp"] : [];
}

function onPath(name: string): string | undefined {
  const extensions = process.platform === "win32" ? (process.env.PATHEXT ?? ".EXE").split(";") : [""];
  for (const directory of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!directory) {
      continue;
    }
    for (const extension of extensions) {
      const candidate = path.join(directory, name + extension.toLowerCase());
      if (isExecutable(candidate)) {
        return candidate;
      }
    }
  }
  return undefined;
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
