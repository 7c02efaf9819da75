-- Headless Neovim as a real LSP client of dpa-lint: starts the server, opens a contract, waits
-- for the published diagnostics and prints one `DIAG` line per diagnostic, then asks for the
-- outline and prints one `SYMBOL` line per top-level entry.
--
-- Environment: LSP_SERVER (required; the binary), LSP_SERVER_ARGS (space-separated, optional:
-- "lsp" for `dpa-lint lsp`), LSP_FILE (required; the contract to open).
-- Exit codes: 0 diagnostics printed, 1 none arrived, 2 the client could not start.

local out = function(line) io.stdout:write(line .. "\n") end
local server = os.getenv("LSP_SERVER")
local file = vim.fn.fnamemodify(os.getenv("LSP_FILE") or "", ":p")
local cmd = { server }
for arg in (os.getenv("LSP_SERVER_ARGS") or ""):gmatch("%S+") do
  table.insert(cmd, arg)
end

local id = vim.lsp.start_client({
  name = "dpa-lint",
  cmd = cmd,
  root_dir = vim.fn.fnamemodify(file, ":h"),
  init_options = { language = "en" },
})
if not id then
  out("FAIL: could not start " .. table.concat(cmd, " "))
  vim.cmd("cquit 2")
end

vim.cmd("edit " .. vim.fn.fnameescape(file))
vim.bo.filetype = "dpa"
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, id) -- initialize + didOpen

local arrived = vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
if not arrived then
  out("FAIL: no diagnostics within 20 s")
  vim.cmd("cquit 1")
end

local severities = { "ERROR", "WARN", "INFO", "HINT" }
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  local code = d.code or lsp.code or "?"
  local message = d.message:gsub("\n.*", "")
  out(("DIAG %d:%d %s [%s] %s"):format(d.lnum + 1, d.col + 1, code, severities[d.severity] or "?", message))
end

local responses = vim.lsp.buf_request_sync(buf, "textDocument/documentSymbol", {
  textDocument = vim.lsp.util.make_text_document_params(buf),
}, 10000)
for _, response in pairs(responses or {}) do
  for _, symbol in ipairs(response.result or {}) do
    out(("SYMBOL %d %s"):format(symbol.selectionRange.start.line + 1, symbol.name))
  end
end

vim.lsp.get_client_by_id(id).stop()
vim.wait(2000, function() return vim.lsp.get_client_by_id(id) == nil end, 50)
vim.cmd("qa!")
